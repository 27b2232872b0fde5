module github.com/crossfoot/crossfoot

go 1.26
