"""User-facing strings of the CLI and the renderers, in English and Vietnamese.

Rule messages live with their rules (`message` / `message_vi` in rules/*.yaml); this
module holds everything else a person reads: the summary line, output labels and the
command line's error messages. `t(key, lang, **args)` picks the language and fills the
``str.format`` placeholders; an unknown language falls back to English, an unknown key
is a bug and raises KeyError.

The Vietnamese is written for the readers of these reports (cán bộ, công chức): plain
administrative wording ("báo cáo", "lỗi", "cảnh báo", "lưu ý"), no calques of tool jargon.
"""

from __future__ import annotations

from typing import Any

# key -> {lang: template}. Every key has both languages (tests/test_i18n.py checks it).
MESSAGES: dict[str, dict[str, str]] = {
    # summary line (render/text.py)
    "summary.clear": {
        "en": "All clear: {files} {files_word} checked, nothing found.",
        "vi": "Không phát hiện vấn đề nào trong {files} báo cáo đã kiểm tra.",
    },
    "summary.counts": {
        "en": "{errors} {errors_word}, {warnings} {warnings_word}, {info} info in {files} {files_word}",
        "vi": "{errors} lỗi, {warnings} cảnh báo, {info} lưu ý trong {files} báo cáo",
    },
    "summary.failed": {
        "en": "; {failed} could not be read",
        "vi": "; {failed} tệp không đọc được",
    },
    "summary.baseline": {
        "en": " ({suppressed} known from the baseline not shown)",
        "vi": " (không hiển thị {suppressed} vấn đề đã ghi nhận trong tệp mốc)",
    },
    # labels (render/text.py, github, sarif)
    "label.error": {"en": "error", "vi": "lỗi"},
    "label.warning": {"en": "warning", "vi": "cảnh báo"},
    "label.info": {"en": "info", "vi": "lưu ý"},
    "label.suggestion": {"en": "did you mean '{suggestion}'?", "vi": "có phải là '{suggestion}'?"},
    "label.section": {"en": "section", "vi": "mục"},
    # command line errors (cli.py): shown after the prefix, one line, exit 2
    "error.prefix": {"en": "reportlint: error: ", "vi": "reportlint: lỗi: "},
    "error.no_such_path": {
        "en": "{path}: no such file or directory",
        "vi": "{path}: không tìm thấy tệp hoặc thư mục",
    },
    "error.no_reports": {
        "en": "{path}: no reports (.txt, .md, .docx) in this directory",
        "vi": "{path}: thư mục không có báo cáo nào (.txt, .md, .docx)",
    },
    "error.unreadable_dir": {
        "en": "{path}: cannot read this directory: {reason}",
        "vi": "{path}: không đọc được thư mục: {reason}",
    },
    "error.unknown_rule": {
        "en": "unknown rule or category {name!r} (see 'reportlint rules')",
        "vi": "không có quy tắc hoặc nhóm quy tắc {name!r} (xem 'reportlint rules')",
    },
    "error.interrupted": {"en": "interrupted", "vi": "đã dừng theo yêu cầu"},
    "error.internal": {
        "en": "internal error: {error} (set REPORTLINT_DEBUG=1 for a traceback)",
        "vi": "lỗi nội bộ của chương trình: {error} (đặt REPORTLINT_DEBUG=1 để xem chi tiết)",
    },
    "error.baseline": {
        "en": "{path}: not a reportlint baseline file: {reason}",
        "vi": "{path}: không phải tệp mốc của reportlint: {reason}",
    },
    "error.baseline_write": {
        "en": "{path}: cannot write the baseline: {reason}",
        "vi": "{path}: không ghi được tệp mốc: {reason}",
    },
    "note.baseline_written": {
        "en": "reportlint: wrote {count} finding(s) to the baseline {path}",
        "vi": "reportlint: đã ghi {count} vấn đề vào tệp mốc {path}",
    },
    # limits (limits.py): the file is refused, exit 2
    "limit.file_size": {
        "en": "{path}: file too large ({size} MB > {limit} MB limit); a report is a few hundred KB",
        "vi": "{path}: tệp quá lớn ({size} MB, giới hạn {limit} MB); một báo cáo thường chỉ vài trăm KB",
    },
    "limit.line_length": {
        "en": "{path}: line {line} has {length} characters (limit {limit}): not report text",
        "vi": "{path}: dòng {line} dài {length} ký tự (giới hạn {limit}): không phải nội dung báo cáo",
    },
    "limit.lines": {
        "en": "{path}: {count} lines (limit {limit}): too long for one report; split it",
        "vi": "{path}: {count} dòng (giới hạn {limit}): quá dài cho một báo cáo, hãy tách thành nhiều tệp",
    },
    # why a file cannot be read (reportlint/loaders)
    "load.unsupported": {
        "en": "{path}: unsupported file type {suffix} (reportlint reads .txt, .md, .docx, .pdf)",
        "vi": "{path}: không đọc được loại tệp {suffix} (reportlint đọc .txt, .md, .docx, .pdf)",
    },
    "load.not_regular": {"en": "{path}: not a regular file", "vi": "{path}: không phải một tệp thông thường"},
    "load.missing": {"en": "{path}: no such file", "vi": "{path}: không có tệp này"},
    "load.directory": {"en": "{path}: is a directory", "vi": "{path}: là một thư mục, không phải tệp"},
    "load.unreadable": {"en": "{path}: cannot read: {reason}", "vi": "{path}: không đọc được: {reason}"},
    "load.empty": {"en": "{path}: empty file", "vi": "{path}: tệp rỗng"},
    "load.binary_nul": {
        "en": "{path}: binary file (NUL bytes), not a text report",
        "vi": "{path}: tệp nhị phân (có byte NUL), không phải báo cáo dạng văn bản",
    },
    "load.binary_control": {
        "en": "{path}: binary file (control characters), not a text report",
        "vi": "{path}: tệp nhị phân (có ký tự điều khiển), không phải báo cáo dạng văn bản",
    },
    "load.encoding": {
        "en": "{path}: not valid {encoding} text (byte {byte}); save the report as UTF-8",
        "vi": "{path}: không phải văn bản {encoding} hợp lệ (byte {byte}); hãy lưu báo cáo với mã UTF-8",
    },
    "load.docx_not_zip": {
        "en": "{path}: not a valid .docx (not a zip archive)",
        "vi": "{path}: không phải tệp .docx hợp lệ (không phải tệp nén zip)",
    },
    "load.docx_parts": {
        "en": "{path}: refused: the .docx has {count} parts (more than {limit}; zip bomb?)",
        "vi": "{path}: từ chối đọc: tệp .docx có {count} phần (quá {limit}; nghi là bom nén zip)",
    },
    "load.docx_inflate": {
        "en": "{path}: refused: the .docx would inflate to {mb} MB (zip bomb?)",
        "vi": "{path}: từ chối đọc: tệp .docx giải nén ra tới {mb} MB (nghi là bom nén zip)",
    },
    "load.docx_no_body": {
        "en": "{path}: not a valid .docx (no {part} in the archive)",
        "vi": "{path}: không phải tệp .docx hợp lệ (thiếu {part})",
    },
    "load.docx_invalid": {
        "en": "{path}: not a valid .docx ({reason})",
        "vi": "{path}: không phải tệp .docx hợp lệ ({reason})",
    },
    "load.pdf_needs_pypdf": {
        "en": "{path}: reading PDF needs pypdf (pip install \"reportlint[pdf]\")",
        "vi": "{path}: cần cài gói pypdf để đọc PDF (pip install \"reportlint[pdf]\")",
    },
    "load.pdf_invalid": {"en": "{path}: not a valid PDF ({reason})", "vi": "{path}: không phải tệp PDF hợp lệ ({reason})"},
    "load.pdf_decrypt": {
        "en": "{path}: encrypted PDF, cannot decrypt ({reason})",
        "vi": "{path}: PDF đã mã hóa, không giải mã được ({reason})",
    },
    "load.pdf_password": {
        "en": "{path}: encrypted PDF (password protected); save an unprotected copy",
        "vi": "{path}: PDF có mật khẩu; hãy lưu một bản không đặt mật khẩu",
    },
    "load.pdf_pages": {
        "en": "{path}: refused: {count} pages (more than {limit}; not a report)",
        "vi": "{path}: từ chối đọc: {count} trang (quá {limit}; không phải một báo cáo)",
    },
    "load.pdf_page": {
        "en": "{path}: cannot read the text of page {page} ({reason})",
        "vi": "{path}: không đọc được chữ ở trang {page} ({reason})",
    },
    "load.pdf_no_pages": {"en": "{path}: no pages", "vi": "{path}: không có trang nào"},
    "load.pdf_no_text": {
        "en": "{path}: no text layer (a scanned PDF? run OCR on it first)",
        "vi": "{path}: không có lớp chữ (PDF bản quét? hãy nhận dạng chữ (OCR) trước)",
    },
    "limit.findings": {
        "en": "{rule}: stopped after {limit} findings in this file; the rest are not shown",
        "vi": "{rule}: đã dừng sau {limit} vấn đề trong tệp này; các vấn đề còn lại không hiển thị",
    },
}


def t(key: str, lang: str = "en", **args: Any) -> str:
    """The message `key` in `lang` (English when missing), with `args` filled in."""
    entry = MESSAGES[key]
    template = entry.get(lang) if lang != "en" else None
    if not template:
        template = entry["en"]
        args = {**_plurals(args), **args}
    return template.format(**args)


def _plurals(args: dict[str, Any]) -> dict[str, str]:
    """English word forms for the counts in `args` ("1 error", "2 errors")."""
    words = {"files": "report", "errors": "error", "warnings": "warning"}
    return {f"{k}_word": w + ("" if args.get(k) == 1 else "s") for k, w in words.items() if k in args}


def severity(name: str, lang: str = "en") -> str:
    """A severity as shown to a person (the machine-readable formats keep the English id)."""
    key = f"label.{name}"
    return t(key, lang) if key in MESSAGES else name
