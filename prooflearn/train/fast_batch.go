package train

import "github.com/prooflearn/prooflearn/prooflearn"

// pixels32 and pixels64 map a pixel byte to the input value F(b)/255,
// computed once in the precision of the batch, so filling a batch is a
// lookup per pixel rather than a conversion and a division.
var (
	pixels32 = pixelTable[float32]()
	pixels64 = pixelTable[float64]()
)

// tokens32 and tokens64 map a byte to itself: a transformer's token ids
// enter the graph unscaled, exact integers in either precision.
var (
	tokens32 = tokenTable[float32]()
	tokens64 = tokenTable[float64]()
)

func tokenTable[F float32 | float64]() (t [256]F) {
	for b := range t {
		t[b] = F(b)
	}
	return t
}

// BatchInput is the value the batch's x holds for an example's byte b
// under model: a transformer's token id b, or any other model's pixel
// b/255, in the task's element type (float32 values widened).
func BatchInput(model prooflearn.ModelSpec, dt prooflearn.DType, b byte) float64 {
	switch {
	case model.Type == prooflearn.ModelTransformer:
		return float64(b)
	case dt == prooflearn.Float64:
		return pixels64[b]
	}
	return float64(pixels32[b])
}

func pixelTable[F float32 | float64]() (t [256]F) {
	for b := range t {
		t[b] = F(b) / 255
	}
	return t
}

// fillBatch writes the examples' pixels, scaled to [0, 1], into the rows of
// x and their one-hot labels into the rows of y.
func fillBatch[F float32 | float64](x, y []F, data Examples, indices []int, scale *[256]F) {
	classes := len(y) / len(indices)
	features := len(x) / len(indices)
	clear(y)
	for r, idx := range indices {
		row := x[r*features : (r+1)*features]
		px := data.Pixels(idx)[:len(row)] // no bounds checks in the loop
		for c := range row {
			row[c] = scale[px[c]]
		}
		y[r*classes+int(data.Label(idx))] = 1
	}
}
