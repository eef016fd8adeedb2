// Messages of the summary's import and export: the toolbar, the import's refusals and warnings, the export's
// errors, and the labels printed in the exported files. Keys match the `key` of the backend's issues.
import type { Language } from './language';
import { type Params, defineDictionary, translate } from './core';

const zh = {
  'documents.bar.label': '导入与导出',
  'documents.bar.import': '导入草稿…',
  'documents.bar.importHint': '从 Word（.docx）、纯文本（.txt）或 Markdown（.md）文件导入，最大 {maxMb} MB。',
  'documents.bar.exportDocx': '导出 Word',
  'documents.bar.exportPdf': '导出 PDF',
  'documents.bar.exportHint': '导出编辑器中当前显示的内容。',
  'documents.bar.importing': '正在读取 {fileName}…',
  'documents.bar.exporting': '正在生成 {fileName}…',
  'documents.bar.exported': '已下载 {fileName}（{size}）。',
  'documents.bar.emptyDocument': '总结还没有内容，无需导出。',
  'documents.bar.confirmTitle': '用导入的内容替换当前总结？',
  'documents.bar.confirmBody': '{fileName} 包含 {blocks} 段、{words} 字。当前总结（{currentWords} 字）将被替换；替换前的内容可从快照中恢复。',
  'documents.bar.replace': '替换',
  'documents.bar.cancel': '取消',
  'documents.bar.warningsTitle': '导入时的提示',
  'documents.bar.imported': '已导入 {fileName}。',
  'documents.bar.dismiss': '关闭',
  'documents.bar.readFailed': '无法读取所选文件。',

  'documents.import.noFileName': '文件名缺失或过长。',
  'documents.import.notEncoded': '文件内容传输有误，请重新选择文件。',
  'documents.import.fileTooLarge': '文件超过 {maxMb} MB，无法导入。请删除图片或拆分文件后再试。',
  'documents.import.empty': '文件中没有可导入的文字。',
  'documents.import.unsupportedExtension': '不支持 .{extension} 文件。请导入 .docx、.txt 或 .md 文件。',
  'documents.import.pdf': '这是一个 PDF 文件，无法作为草稿导入。请导入原始的 Word（.docx）或文本文件。',
  'documents.import.executable': '这是一个程序文件，不是文档，已拒绝。',
  'documents.import.legacyDoc': '这是旧版 Word（.doc）文件或带密码的文档。请在 Word 或 WPS 中另存为不带密码的 .docx 后再导入。',
  'documents.import.notDocx': '该文件不是 Word（.docx）文档，尽管扩展名是 .docx。',
  'documents.import.notText': '该文件不是文本文件（内容为二进制数据），尽管扩展名是 .{extension}。',
  'documents.import.corruptZip': 'Word 文件已损坏，无法读取。请在 Word 或 WPS 中打开并重新保存后再试。',
  'documents.import.notWordDocument': '该压缩文件中没有 Word 文档正文（可能是 Excel、PowerPoint 或其他格式）。',
  'documents.import.zipBomb': '该文件解压后超过 {maxMb} MB，已拒绝（可能是恶意构造的文件）。',
  'documents.import.undecodable': '无法识别文本编码。请另存为 UTF-8 编码后再导入。',
  'documents.import.unreadable': '无法读取该 Word 文档的内容。',
  'documents.import.hostile': '该文件已损坏，或是为耗尽内存而构造的，已拒绝。没有导入任何内容。',
  'documents.import.tooManyBlocks': '文件有 {count} 段，超过总结的上限 {max} 段。',
  'documents.import.tooLarge': '文件的文字超过总结的上限（{maxMb} MB）。',
  'documents.import.invalid': '导入的内容不符合总结的格式要求，未导入。',

  'documents.import.warning.images': '已忽略 {count} 张图片：总结只保留文字。',
  'documents.import.warning.tables': '{count} 个表格已转换为段落，每行一段，单元格以“｜”分隔。',
  'documents.import.warning.headingsGuessed': '文件没有使用标题样式；已将 {count} 个“一、……”式的行识别为章节标题，请核对。',
  'documents.import.warning.noHeadings': '文件中没有章节标题：全部内容已作为正文导入。',
  'documents.import.warning.encoding': '文件按 {encoding} 编码读取。',
  'documents.import.warning.longHeadings': '{count} 个过长的标题已改为正文段落。',
  'documents.import.warning.deepLists': '{count} 个列表项的层级超过 {max} 级，已按第 {max} 级导入。',
  'documents.import.warning.brokenText': '{count} 处无法显示的字符已删除或替换为“�”。',
  'documents.import.warning.linksDropped': '{count} 个链接只保留了文字。',

  'documents.export.fontMissing': '找不到用于生成 PDF 的中文字体文件（{file}）。请重新安装 TitlePrep；没有生成任何文件。',
  'documents.export.empty': '总结还没有内容，无需导出。',

  'documents.print.title': '专业技术工作总结',
  'documents.print.applicant': '申报人：{name}',
  'documents.print.employer': '工作单位：{employer}',
  'documents.print.page': '第 {page} 页 / 共 {pages} 页',
  'documents.print.fileStem': '专业技术工作总结',
  'documents.print.signature': '本人签名：',
  'documents.print.date': '日期：',
  'documents.print.blankDate': '年　　月　　日',
  'documents.print.employerOpinion': '单位审核意见：',
  'documents.print.employerSeal': '单位（盖章）',
} as const;

export const documentsDictionary = defineDictionary(zh, {
  'documents.bar.label': 'Import and export',
  'documents.bar.import': 'Import draft…',
  'documents.bar.importHint': 'From a Word (.docx), plain-text (.txt) or Markdown (.md) file, up to {maxMb} MB.',
  'documents.bar.exportDocx': 'Export .docx',
  'documents.bar.exportPdf': 'Export PDF',
  'documents.bar.exportHint': 'Exports the text shown in the editor.',
  'documents.bar.importing': 'Reading {fileName}…',
  'documents.bar.exporting': 'Building {fileName}…',
  'documents.bar.exported': 'Downloaded {fileName} ({size}).',
  'documents.bar.emptyDocument': 'The summary has no text yet: there is nothing to export.',
  'documents.bar.confirmTitle': 'Replace the current summary with the imported text?',
  'documents.bar.confirmBody': '{fileName} holds {blocks} paragraphs, {words} 字. The current summary ({currentWords} 字) will be replaced; the text before it can be restored from the snapshots.',
  'documents.bar.replace': 'Replace',
  'documents.bar.cancel': 'Cancel',
  'documents.bar.warningsTitle': 'Notes on the import',
  'documents.bar.imported': 'Imported {fileName}.',
  'documents.bar.dismiss': 'Close',
  'documents.bar.readFailed': 'The chosen file could not be read.',

  'documents.import.noFileName': 'The file name is missing or too long.',
  'documents.import.notEncoded': 'The file arrived damaged; choose it again.',
  'documents.import.fileTooLarge': 'The file is larger than {maxMb} MB and cannot be imported. Remove pictures or split it, then try again.',
  'documents.import.empty': 'The file holds no text to import.',
  'documents.import.unsupportedExtension': '.{extension} files are not supported. Import a .docx, .txt or .md file.',
  'documents.import.pdf': 'This is a PDF, which cannot be imported as a draft. Import the original Word (.docx) or text file.',
  'documents.import.executable': 'This is a program, not a document: refused.',
  'documents.import.legacyDoc': 'This is an old Word (.doc) file or a password-protected document. Save it as a .docx without a password in Word or WPS, then import it.',
  'documents.import.notDocx': 'This file is not a Word (.docx) document, although its name ends in .docx.',
  'documents.import.notText': 'This file is not text (it holds binary data), although its name ends in .{extension}.',
  'documents.import.corruptZip': 'The Word file is damaged and cannot be read. Open it in Word or WPS, save it again, then try again.',
  'documents.import.notWordDocument': 'This archive holds no Word document body (it may be Excel, PowerPoint or another format).',
  'documents.import.zipBomb': 'Unpacked, this file would exceed {maxMb} MB: refused (it may have been crafted to harm).',
  'documents.import.undecodable': 'The text encoding was not recognised. Save the file as UTF-8, then import it.',
  'documents.import.unreadable': 'The content of this Word document could not be read.',
  'documents.import.hostile': 'This file is damaged or built to exhaust memory, and was refused. Nothing was imported.',
  'documents.import.tooManyBlocks': 'The file has {count} paragraphs, more than the summary\'s limit of {max}.',
  'documents.import.tooLarge': 'The file\'s text exceeds the summary\'s limit ({maxMb} MB).',
  'documents.import.invalid': 'The imported text does not fit the summary\'s format; nothing was imported.',

  'documents.import.warning.images': '{count} {count|one:picture|other:pictures} left out: the summary keeps text only.',
  'documents.import.warning.tables': '{count} {count|one:table|other:tables} turned into paragraphs, one per row, cells separated by "｜".',
  'documents.import.warning.headingsGuessed': 'The file uses no heading styles; {count} {count|one:line|other:lines} such as "一、…" {count|one:was|other:were} taken as section headings. Please check them.',
  'documents.import.warning.noHeadings': 'The file has no section headings: everything was imported as body text.',
  'documents.import.warning.encoding': 'The file was read as {encoding}.',
  'documents.import.warning.longHeadings': '{count} overlong {count|one:heading|other:headings} became body paragraphs.',
  'documents.import.warning.deepLists': '{count} list {count|one:item|other:items} nested deeper than {max} levels {count|one:was|other:were} imported at level {max}.',
  'documents.import.warning.brokenText': '{count} unreadable {count|one:character|other:characters} removed or replaced by "�".',
  'documents.import.warning.linksDropped': '{count} {count|one:link|other:links} kept as plain text.',

  'documents.export.fontMissing': 'The Chinese font used for PDFs was not found ({file}). Reinstall TitlePrep; no file was made.',
  'documents.export.empty': 'The summary has no text yet: there is nothing to export.',

  // The exported summary is a Chinese document for the Chinese system, whatever the interface language:
  // the builders read these keys in Chinese only (documents/export/summaryText.ts); these entries exist
  // because every key has its English, and they say what the Chinese means.
  'documents.print.title': '专业技术工作总结',
  'documents.print.applicant': 'Applicant: {name}',
  'documents.print.employer': 'Employer: {employer}',
  'documents.print.page': 'Page {page} of {pages}',
  'documents.print.fileStem': '专业技术工作总结',
  'documents.print.signature': 'Applicant\'s signature:',
  'documents.print.date': 'Date:',
  'documents.print.blankDate': '(year / month / day)',
  'documents.print.employerOpinion': 'Employer\'s review:',
  'documents.print.employerSeal': 'Employer (seal)',
});

export type DocumentsKey = keyof typeof zh;

export function isDocumentsKey(key: string): key is DocumentsKey {
  return Object.prototype.hasOwnProperty.call(zh, key);
}

export function td(language: Language, key: DocumentsKey, params?: Params): string {
  return translate(documentsDictionary, language, key, params);
}
