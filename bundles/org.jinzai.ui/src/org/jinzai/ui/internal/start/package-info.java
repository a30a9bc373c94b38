/**
 * The start page (はじめに, Getting Started): an editor with the product's four steps 現状データ → シナリオ → 実行 → 報告書
 * and links that do them on the example town, its input, and the Help command that opens it.
 */
package org.jinzai.ui.internal.start;
