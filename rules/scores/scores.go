package scores

import "github.com/crossfoot/crossfoot/audit"

// Rules are the SCR rules, sorted by ID.
var Rules = []*audit.Rule{scr001, scr002, scr003, scr004, scr005, scr006, scr007, scr008, scr009, scr010}
