package synth_test

import (
	"fmt"

	"github.com/crossfoot/crossfoot/internal/synth"
)

func ExampleGenerateDocs() {
	docs, err := synth.GenerateDocs(synth.Options{N: 3, Seed: 1})
	if err != nil {
		panic(err)
	}
	for _, d := range docs {
		fmt.Printf("%s clean=%v", d.Base, d.Truth.Clean)
		for _, m := range d.Truth.Mistakes {
			fmt.Printf(" %s", m.Kind)
		}
		fmt.Println()
	}
	// Output:
	// synth-0001-final-2018 clean=true
	// synth-0002-final-2020 clean=false cross_footing difference
	// synth-0003-perf-2020 clean=false difference year numbering
}
