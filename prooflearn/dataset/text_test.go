package dataset

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Golden roots of the embedded text dataset (testdata/fortunes-min/README.md).
const (
	fortunesTrainRoot = "e30d08e3465f96ecab4f8c668a50c7e8775f26bac99420a52a2bd85785785a0f"
	fortunesTestRoot  = "adb54f4a957abcd80bda021abfefa59433bb28ab3f6d3af9f982d05db81b91a8"
)

func TestNormalizeText(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
	}{
		{"plain text is kept", "A horse!\n%\n", "A horse!\n%\n"},
		{"a tab is one space", "\t\t-- Mark Twain", "  -- Mark Twain"},
		{"backspaces overstrike", "*__\b\bUN*lucky", "*UN*lucky"},
		{"a backspace at the start is dropped", "\bA", "A"},
		{"a backspace keeps the newline before it", "a\n\bb", "a\nb"},
		{"control bytes are dropped", "a\r\n\x00b\x1bc\x7fd", "a\nbcd"},
		{"non-ASCII bytes are dropped", "caf\xc3\xa9 \xff!", "caf !"},
		{"empty", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := []byte(c.in)
			got := NormalizeText(in)
			assert.Equal(t, c.want, string(got))
			assert.Equal(t, c.in, string(in), "the input was modified")
			for i, b := range got {
				assert.True(t, b == '\n' || (b >= 0x20 && b < 0x7f), "byte %d is 0x%02x", i, b)
			}
		})
	}
}

func TestTextWindows(t *testing.T) {
	text := []byte("abcdefghij")
	for _, c := range []struct {
		name           string
		window, stride int
		want           []string
	}{
		{"tiling drops the tail", 3, 3, []string{"abc", "def", "ghi"}},
		{"exact fit", 5, 5, []string{"abcde", "fghij"}},
		{"overlapping stride", 4, 2, []string{"abcd", "cdef", "efgh", "ghij"}},
		{"one window", 10, 10, []string{"abcdefghij"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := TextWindows(text, c.window, c.stride)
			require.NoError(t, err)
			require.Equal(t, [3]int{len(c.want), 1, c.window}, [3]int{d.Len(), d.Rows, d.Cols}, "count × rows × cols")
			for i, w := range c.want {
				assert.Equal(t, w, string(d.Pixels(i)), "window %d", i)
				assert.Equal(t, w[len(w)-1], d.Label(i), "label %d", i)
			}
		})
	}
	// The dataset owns its bytes: changing the text afterwards changes nothing.
	d, err := TextWindows(text, 3, 3)
	require.NoError(t, err)
	text[0] = 'z'
	assert.Equal(t, "abc", string(d.Pixels(0)), "window 0 aliases the text")
}

func TestTextWindowsErrors(t *testing.T) {
	for _, c := range []struct {
		name           string
		text           string
		window, stride int
		want           string
	}{
		{"window of one byte has no context", "abc", 1, 1, "window of at least 2"},
		{"zero stride", "abc", 2, 0, "stride of at least 1"},
		{"negative stride", "abc", 2, -3, "stride of at least 1"},
		{"byte outside the vocabulary", "ab\x80c", 2, 2, "byte 2 is 0x80"},
		{"text shorter than a window", "abc", 4, 4, "do not fill one 4-byte window"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := TextWindows([]byte(c.text), c.window, c.stride)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

func TestTextSplit(t *testing.T) {
	// 1000 bytes: the last 100 are the test text, and no window straddles the cut.
	text := bytes.Repeat([]byte("0123456789"), 100)
	for i := 900; i < 1000; i++ {
		text[i] = 'T'
	}
	s, err := TextSplit(text, 7, 7)
	require.NoError(t, err)
	assert.Equal(t, 900/7, s.Train.Len(), "train windows")
	assert.Equal(t, 100/7, s.Test.Len(), "test windows")
	assert.NotContains(t, string(s.Train.Images), "T", "a train window reaches into the test text")
	assert.Equal(t, strings.Repeat("T", 7*(100/7)), string(s.Test.Images), "test windows")
	assert.Equal(t, string(text[:7*(900/7)]), string(s.Train.Images), "train windows tile the train text from its start")

	_, err = TextSplit(text[:60], 7, 7)
	assert.ErrorContains(t, err, "test split", "6 bytes of test text hold no 7-byte window")
}

func TestUnigramEntropy(t *testing.T) {
	for _, c := range []struct {
		name   string
		images string
		bits   float64
	}{
		{"one symbol", "aaaaaaaa", 0},
		{"four equally frequent symbols", "abcdabcd", 2},
		{"three quarters and a quarter", "aaab", -(0.75*math.Log2(0.75) + 0.25*math.Log2(0.25))},
		{"empty", "", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := &Dataset{Rows: 1, Cols: 1, Images: []byte(c.images), Labels: make([]byte, len(c.images))}
			bits, nats := UnigramEntropy(d)
			assert.InDelta(t, c.bits, bits, 1e-12, "bits")
			assert.InDelta(t, c.bits*math.Ln2, nats, 1e-12, "nats")
		})
	}
}

func TestFortunes(t *testing.T) {
	s, err := Fortunes()
	require.NoError(t, err)
	for _, c := range []struct {
		name string
		d    *Dataset
		n    int
		root string
	}{{"train", s.Train, 2683, fortunesTrainRoot}, {"test", s.Test, 298, fortunesTestRoot}} {
		t.Run(c.name, func(t *testing.T) {
			d := c.d
			assert.Equal(t, FortunesName, d.Name, "Name")
			require.Equal(t, [3]int{c.n, 1, FortunesWindow}, [3]int{d.Len(), d.Rows, d.Cols}, "count × rows × cols")
			assert.Equal(t, c.root, d.Root().String(), "root")
			for i := range d.Len() {
				px := d.Pixels(i)
				require.Equal(t, px[len(px)-1], d.Label(i), "window %d is not labelled by its last byte", i)
			}
			// Every token is a normalised byte: the windows are their own normal form.
			assert.Equal(t, d.Images, NormalizeText(d.Images), "the windows hold bytes NormalizeText removes")
			assert.LessOrEqual(t, d.Classes(), TextVocab, "a label outside the vocabulary")
		})
	}
	assert.Contains(t, string(s.Train.Images), "-- Mark Twain", "the train text is the fortune files")
	assert.Contains(t, string(s.Test.Images), "%\n", "the test text is the fortune files")

	bits, nats := UnigramEntropy(s.Train)
	assert.InDelta(t, 4.6671, bits, 5e-5, "train split's unigram entropy in bits, as the README states")
	assert.InDelta(t, 3.2350, nats, 5e-5, "train split's unigram entropy in nats, as the README states")
}

func TestEmbeddedByName(t *testing.T) {
	for _, c := range []struct {
		name string
		rows int
		cols int
	}{{"fashion-mnist-subset", 28, 28}, {FortunesName, 1, FortunesWindow}} {
		t.Run(c.name, func(t *testing.T) {
			s, err := EmbeddedByName(c.name)
			require.NoError(t, err)
			assert.Equal(t, c.name, s.Train.Name, "train Name")
			assert.Equal(t, c.name, s.Test.Name, "test Name")
			assert.Equal(t, [2]int{c.rows, c.cols}, [2]int{s.Train.Rows, s.Train.Cols}, "shape")
		})
	}
	for _, name := range []string{"fashion-mnist", "", "Fortunes-Min", "fortunes-min "} {
		_, err := EmbeddedByName(name)
		assert.ErrorIs(t, err, ErrNotEmbedded, "%q", name)
	}
}

func TestWriteSplitRoundTrip(t *testing.T) {
	s, err := TextSplit(NormalizeText([]byte(strings.Repeat("The quick brown fox\tjumps.\n", 20))), 9, 4)
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, WriteSplit(dir, s))
	back, err := LoadDir(dir)
	require.NoError(t, err)
	for _, c := range []struct {
		name       string
		back, want *Dataset
	}{{"train", back.Train, s.Train}, {"test", back.Test, s.Test}} {
		assert.Equal(t, [2]int{1, 9}, [2]int{c.back.Rows, c.back.Cols}, "%s shape", c.name)
		assert.Equal(t, c.want.Images, c.back.Images, "%s windows", c.name)
		assert.Equal(t, c.want.Labels, c.back.Labels, "%s labels", c.name)
		assert.Equal(t, c.want.Root(), c.back.Root(), "%s root", c.name)
	}

	// A second write of the same split gives the same bytes.
	again := t.TempDir()
	require.NoError(t, WriteSplit(again, s))
	for _, name := range []string{TrainImagesFile, TrainLabelsFile, TestImagesFile, TestLabelsFile} {
		a, err := readFile(dir, name+".gz")
		require.NoError(t, err)
		b, err := readFile(again, name+".gz")
		require.NoError(t, err)
		assert.Equal(t, a, b, "%s differs between two writes", name)
	}

	bad := &Split{Train: &Dataset{Rows: 1, Cols: 9, Images: make([]byte, 10), Labels: make([]byte, 1)}, Test: s.Test}
	assert.ErrorContains(t, WriteSplit(t.TempDir(), bad), "not a dataset to write")
}

func ExampleUnigramEntropy() {
	text := NormalizeText([]byte("To be, or not to be,\tthat is the question:\n"))
	s, err := TextSplit(text, 4, 4)
	if err != nil {
		panic(err)
	}
	bits, nats := UnigramEntropy(s.Train)
	fmt.Printf("train %q\ntest %q\n%.3f bits, %.3f nats per character\n", s.Train.Images, s.Test.Images, bits, nats)
	// Output:
	// train "To be, or not to be, that is the que"
	// test "on:\n"
	// 3.444 bits, 2.387 nats per character
}

func readFile(dir, name string) ([]byte, error) { return os.ReadFile(filepath.Join(dir, name)) }
