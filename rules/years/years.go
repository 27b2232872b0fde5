package years

import "github.com/crossfoot/crossfoot/audit"

// Rules are the YR rules, sorted by ID.
var Rules = []*audit.Rule{yr001, yr002, yr003, yr004, yr005, yr006, yr007, yr008}
