package cli

import (
	"errors"
	"flag"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ParseFloat parses a command-line number strictly: the whole of s must be
// one finite number as strconv.ParseFloat reads it ("0.01", "1e-3", "-1").
// It refuses NaN, ±Inf, numbers too large for a float64, digit separators
// ("1_000") and anything after the number ("0.01junk"), which fmt.Sscan
// would silently drop.
func ParseFloat(s string) (float64, error) {
	if strings.Contains(s, "_") {
		return 0, fmt.Errorf("%q is not a number", s)
	}
	f, err := strconv.ParseFloat(s, 64)
	if errors.Is(err, strconv.ErrRange) {
		return 0, fmt.Errorf("%q is out of range", s)
	}
	if err != nil {
		return 0, fmt.Errorf("%q is not a number", s)
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, fmt.Errorf("%q is not a finite number", s)
	}
	return f, nil
}

// floatValue is a float64 flag parsed with ParseFloat.
type floatValue float64

func (f *floatValue) Set(s string) error {
	v, err := ParseFloat(s)
	if err != nil {
		return err
	}
	*f = floatValue(v)
	return nil
}

func (f *floatValue) String() string { return strconv.FormatFloat(float64(*f), 'g', -1, 64) }

func (f *floatValue) Get() any { return float64(*f) }

// Float64Var defines a float64 flag on fs, like fs.Float64Var, whose value
// is parsed with ParseFloat: "-budget NaN", "-budget Inf" and
// "-budget 0.01junk" make fs.Parse fail (and the binary exit with
// ExitError) instead of steering the run with a value nobody meant.
func Float64Var(fs *flag.FlagSet, p *float64, name string, value float64, usage string) {
	*p = value
	fs.Var((*floatValue)(p), name, usage)
}

// Float64 is Float64Var returning the address of the value, like fs.Float64.
func Float64(fs *flag.FlagSet, name string, value float64, usage string) *float64 {
	p := new(float64)
	Float64Var(fs, p, name, value, usage)
	return p
}
