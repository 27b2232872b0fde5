package tables

import (
	"reflect"
	"testing"

	"github.com/crossfoot/crossfoot/figures"
)

// setNumber must copy every field of figures.Number, those added later
// too: each field is set in turn to a value other than its zero.
func TestSetNumber(t *testing.T) {
	typ := reflect.TypeFor[figures.Number]()
	for i := range typ.NumField() {
		var n figures.Number
		f := reflect.ValueOf(&n).Elem().Field(i)
		switch f.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			f.SetInt(7)
		case reflect.String:
			f.SetString("万元")
		case reflect.Bool:
			f.SetBool(true)
		default:
			t.Fatalf("field %s of kind %v: teach this test (and setNumber) about it", typ.Field(i).Name, f.Kind())
		}
		var got figures.Number
		setNumber(&got, &n)
		if got != n {
			t.Errorf("field %s: setNumber made %+v of %+v", typ.Field(i).Name, got, n)
		}
	}
}
