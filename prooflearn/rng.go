package prooflearn

import (
	"crypto/sha256"
	"encoding/binary"
	"math/bits"
)

// PRNG is the one pseudo-random generator prooflearn derives everything from:
// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number
// generators", OOPSLA 2014). Its state is a 64-bit key plus a counter, and its
// output uses only 64-bit integer adds, multiplies, shifts and xors, so every
// platform produces the same stream. Streams are separated by domain: the key
// is the first 8 bytes (LE) of SHA-256(domain || 0x00 || seed).
type PRNG struct {
	Key     uint64
	Counter uint64
}

const splitmixGamma = 0x9e3779b97f4a7c15

// NewPRNG derives the stream for domain from the revealed seed.
func NewPRNG(seed []byte, domain string) *PRNG {
	h := sha256.New()
	h.Write([]byte(domain))
	h.Write([]byte{0})
	h.Write(seed)
	sum := h.Sum(nil)
	return &PRNG{Key: binary.LittleEndian.Uint64(sum[:8])}
}

// Uint64 returns the next 64 random bits.
func (p *PRNG) Uint64() uint64 {
	p.Counter++
	z := p.Key + p.Counter*splitmixGamma
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Float64 returns a uniform value in [0, 1) with 53 random bits.
func (p *PRNG) Float64() float64 {
	return float64(p.Uint64()>>11) * (1.0 / (1 << 53))
}

// IntN returns a uniform integer in [0, n) by Lemire's multiply-and-reject
// method, which is exact (no modulo bias) and uses integer arithmetic only.
func (p *PRNG) IntN(n int) int {
	if n <= 0 {
		panic("prooflearn: IntN of non-positive bound")
	}
	bound := uint64(n)
	hi, lo := bits.Mul64(p.Uint64(), bound)
	if lo < bound {
		threshold := -bound % bound
		for lo < threshold {
			hi, lo = bits.Mul64(p.Uint64(), bound)
		}
	}
	return int(hi)
}
