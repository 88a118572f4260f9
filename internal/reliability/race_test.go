//go:build race

package reliability

// raceEnabled: the tests run with -race, so gostrace is built with it too.
const raceEnabled = true
