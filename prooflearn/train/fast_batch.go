package train

// pixels32 and pixels64 map a pixel byte to the input value F(b)/255,
// computed once in the precision of the batch, so filling a batch is a
// lookup per pixel rather than a conversion and a division.
var (
	pixels32 = pixelTable[float32]()
	pixels64 = pixelTable[float64]()
)

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
