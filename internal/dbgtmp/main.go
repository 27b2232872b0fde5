package main
import ("fmt";"os";"github.com/crossfoot/crossfoot/figures")
func main(){
	s:=os.Args[1]
	st:=figures.Analyze(s)
	for _,q:=range st.Quantities{ fmt.Printf("q %v %s label=%q lead=%q total=%v\n", q.Number, q.Unit, q.Label, q.Lead, q.Total)}
	for _,e:=range st.Enumerations{ fmt.Printf("enum total=%v %q parts=%d marker=%s complete=%v\n", e.Total.Number, e.Total.Label, len(e.Parts), e.Marker, e.Complete)}
}
