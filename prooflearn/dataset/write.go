package dataset

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"path/filepath"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// WriteSplit writes s as the four standard files (TrainImagesFile.gz and so
// on) in dir, which must exist, so LoadDir and LoadFS read it back. Each file
// is an unsigned-byte IDX file (images count × rows × cols, labels count),
// gzip-compressed at the best compression with an empty header (no name, no
// comment, zero modification time): the same split and Go version always give
// byte-identical files, which is what lets a committed copy be regenerated
// and compared. Every file is written atomically.
func WriteSplit(dir string, s *Split) error {
	for _, f := range []struct {
		images, labels string
		d              *Dataset
	}{{TrainImagesFile, TrainLabelsFile, s.Train}, {TestImagesFile, TestLabelsFile, s.Test}} {
		d := f.d
		if d.Rows < 0 || d.Cols < 0 || len(d.Images) != d.Len()*d.Rows*d.Cols {
			return fmt.Errorf("dataset: %d×%d images, %d pixels for %d examples: not a dataset to write", d.Rows, d.Cols, len(d.Images), d.Len())
		}
		if err := writeGzipIDX(filepath.Join(dir, f.images+".gz"), []int{d.Len(), d.Rows, d.Cols}, d.Images); err != nil {
			return err
		}
		if err := writeGzipIDX(filepath.Join(dir, f.labels+".gz"), []int{d.Len()}, d.Labels); err != nil {
			return err
		}
	}
	return nil
}

// writeGzipIDX writes one unsigned-byte IDX file, gzip-compressed with a fixed header.
func writeGzipIDX(path string, dims []int, data []byte) error {
	var raw bytes.Buffer
	raw.Write([]byte{0, 0, typeUint8, byte(len(dims))})
	for _, d := range dims {
		raw.Write(binary.BigEndian.AppendUint32(nil, uint32(d)))
	}
	raw.Write(data)

	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return err
	}
	// The zero Header (no name, no comment, zero ModTime) is what makes the
	// output reproducible; set it explicitly so that intent survives edits.
	zw.Header = gzip.Header{OS: 255}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return prooflearn.WriteFileAtomic(path, gz.Bytes())
}
