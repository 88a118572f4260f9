package options

// gostrace's own output options: --output-format and --color.

// ColorMode is --color: when the text is colored.
type ColorMode int

const (
	ColorNever  ColorMode = iota // the default: strace's text, byte for byte
	ColorAuto                    // when the trace goes to a terminal and NO_COLOR is unset
	ColorAlways                  // whatever the trace goes to
)

// Output formats (--output-format).
const (
	FormatText = "text" // strace's lines (the default)
	FormatJSON = "json" // one JSON object per event and line (docs/json.md)
)

var colorNames = map[string]ColorMode{"never": ColorNever, "auto": ColorAuto, "always": ColorAlways}

var formatNames = map[string]string{FormatText: FormatText, FormatJSON: FormatJSON}

// formatOption applies --output-format and --color.
func (p *parser) formatOption(opt option) *UsageError {
	switch opt.key {
	case "output-format":
		f, ok := lookupFold(formatNames, opt.arg)
		if !ok {
			return invalidArg(opt)
		}
		p.cfg.OutputFormat = f
	case "color":
		// A bare --color is --color=auto: color where it can be seen.
		p.cfg.Color = ColorAuto
		if opt.hasArg {
			m, ok := lookupFold(colorNames, opt.arg)
			if !ok {
				return invalidArg(opt)
			}
			p.cfg.Color = m
		}
	}
	return nil
}
