// Package model is crossfoot's document model: one linear Text per document
// with headings, paragraphs, tables and cells laid over it as byte Spans, and
// Position to turn an offset into a location a reviewer can find ("表3 第5行
// 第2列", "二、（一） 第2段 第14字").
//
// model uses the standard library only. It knows nothing about file formats
// (parsers fill it through Builder), figures or rules.
package model
