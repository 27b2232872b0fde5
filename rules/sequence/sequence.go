package sequence

import "github.com/crossfoot/crossfoot/audit"

// Rules are the SEQ rules, sorted by ID.
var Rules = []*audit.Rule{seq001, seq002, seq003, seq004}
