package main

import (
	"context"
	"encoding/json"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// timelineCmd is a real program with calls that fail, children, and a
// signal it handles.
const timelineCmd = `trap : USR1; kill -USR1 $$; ls / > /dev/null; cat /nonexistent-gst 2>/dev/null; true`

// The JSON timeline holds every call the trace shows, with the line the
// trace shows (without its padding), and the signals.
func TestTimelineJSON(t *testing.T) {
	dir := t.TempDir()
	txt, js := filepath.Join(dir, "trace"), filepath.Join(dir, "t.json")
	out, err := gostrace("-o", txt, "--timeline="+js, "sh", "-c", timelineCmd).CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	b, err := os.ReadFile(js)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		TraceEvents []struct {
			Name, Ph string
			Pid, Tid int
			Dur      float64
			Args     map[string]any
		}
		OtherData map[string]any
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	text, _ := os.ReadFile(txt)
	folded := padding.ReplaceAllString(string(text), " = ")
	var calls, signals, failed, usr1 int
	for _, ev := range doc.TraceEvents {
		if ev.Ph == "M" {
			continue
		}
		line, _ := ev.Args["line"].(string)
		if !strings.Contains(folded, line+"\n") {
			t.Errorf("the trace lacks the line of %s: %q", ev.Name, line)
		}
		switch ev.Ph {
		case "X":
			calls++
			if ev.Args["error"] != nil {
				failed++
			}
		case "i":
			signals++
			if ev.Name == "SIGUSR1" {
				usr1++
			}
		}
	}
	// Every line of the trace but the exit's is an event.
	lines := strings.Count(string(text), "\n") - 1
	if calls+signals != lines || usr1 != 1 || failed == 0 {
		t.Errorf("%d calls, %d signals (%d failed) for %d lines", calls, signals, failed, lines)
	}
	if doc.OtherData["calls"] != float64(calls) {
		t.Errorf("otherData %v", doc.OtherData)
	}
}

// chromium returns the path of a headless browser, skipping without one
// (CI installs Debian's chromium, and requires it).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("GOSTRACE_REQUIRE_STRACE") != "" {
		t.Fatal("chromium is required in CI")
	}
	t.Skip("no chromium")
	return ""
}

// runChromium runs the browser headless on a page with extra arguments,
// offline, in a profile of its own.
func runChromium(t *testing.T, bin, page string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--hide-scrollbars", "--virtual-time-budget=5000"}
	c := exec.CommandContext(ctx, bin, append(append(base, args...), "file://"+page)...)
	c.Env = tracerEnv()
	out, err := c.Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	return out
}

var bodyAttr = regexp.MustCompile(`data-gst-([a-z]+)="([^"]*)"`)

// The page of a real trace, drawn by a real browser: no script error, a
// lane per thread, bars, the failed calls and the signal drawn; and the
// screenshot shows the colors of the classes.
func TestTimelinePageInBrowser(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "t.html")
	out, err := gostrace("-f", "-o", filepath.Join(dir, "trace"), "--timeline="+page, "sh", "-c", timelineCmd).CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	dom := string(runChromium(t, bin, page, "--dump-dom"))
	_, body, _ := strings.Cut(dom, "<body")
	body, _, _ = strings.Cut(body, ">")
	attrs := map[string]string{}
	for _, m := range bodyAttr.FindAllStringSubmatch(body, -1) {
		attrs[m[1]] = m[2]
	}
	num := func(k string) int { n, _ := strconv.Atoi(attrs[k]); return n }
	if attrs["error"] != "" || attrs["ready"] != "1" {
		t.Fatalf("the page failed: %v", attrs)
	}
	// sh, and its children ls and cat; SIGUSR1 and the SIGCHLDs.
	if num("lanes") < 3 || num("bars") < 50 || num("failed") < 1 || num("signals") < 3 {
		t.Errorf("drawn: %v", attrs)
	}

	shot := filepath.Join(dir, "shot.png")
	runChromium(t, bin, page, "--window-size=1000,400", "--screenshot="+shot)
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	// sh waits for its children in wait4 (%process) most of the time.
	if n := countColor(img, 0x9b, 0x6b, 0xc2); n < 200 {
		t.Errorf("%d pixels of %%process's color in the screenshot", n)
	}
}

// countColor counts the pixels of img within a small distance of a color.
func countColor(img image.Image, r, g, b int) int {
	n := 0
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			pr, pg, pb, _ := img.At(x, y).RGBA()
			dr, dg, db := int(pr>>8)-r, int(pg>>8)-g, int(pb>>8)-b
			if dr*dr+dg*dg+db*db < 12*12 {
				n++
			}
		}
	}
	return n
}

// With -c, which prints no trace, the timeline still gets the decoded
// lines; the table is printed as ever.
func TestTimelineWithCount(t *testing.T) {
	dir := t.TempDir()
	js := filepath.Join(dir, "t.json")
	out, stderr, code := runGostrace(t, "-c", "--timeline="+js, "sh", "-c", timelineCmd)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(out, "% time     seconds  usecs/call     calls    errors syscall\n") || strings.Contains(out, "execve(") {
		t.Errorf("-c output:\n%s", out)
	}
	b, _ := os.ReadFile(js)
	if !strings.Contains(string(b), `"line":"openat(AT_FDCWD, \"/etc/ld.so.cache\", O_RDONLY|O_CLOEXEC) = 3"`) {
		t.Errorf("no decoded line in the timeline:\n%.2000s", b)
	}
}
