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
        "en": "{path}: no reports (.txt, .md, .docx, .pdf) in this directory",
        "vi": "{path}: thư mục không có báo cáo nào (.txt, .md, .docx, .pdf)",
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
    # notes on standard error (commands/)
    "note.prefix": {"en": "reportlint: note: ", "vi": "reportlint: lưu ý: "},
    "note.link_outside": {"en": "{path}: skipped: a link to a file outside the folders given",
                          "vi": "{path}: bỏ qua: liên kết tới một tệp nằm ngoài các thư mục đã chỉ định"},
    "note.annotate_not_docx": {"en": "reportlint: {path}: not a .docx; --annotate writes Word comments only into .docx files",
                               "vi": "reportlint: {path}: không phải tệp .docx; --annotate chỉ ghi nhận xét Word vào tệp .docx"},
    "note.annotated": {"en": "reportlint: wrote {path} with {count} comment(s)",
                       "vi": "reportlint: đã ghi {path} với {count} nhận xét"},
    "note.force_not_needed": {"en": "--force is not needed for -o: the output file is replaced atomically "
                                    "(an input is never overwritten)",
                              "vi": "không cần --force cho -o: tệp kết quả được thay thế an toàn "
                                    "(không bao giờ ghi đè tệp đầu vào)"},
    "note.audited": {"en": "audited {seen} report(s) in {seconds} s: {checked} checked ({rate} files/s), {skipped} "
                           "unchanged and skipped, {failed} unreadable, {unsupported} unsupported file(s) passed over",
                     "vi": "đã rà soát {seen} báo cáo trong {seconds} giây: kiểm tra {checked} báo cáo ({rate} tệp/giây), "
                           "bỏ qua {skipped} báo cáo không thay đổi, {failed} tệp không đọc được, "
                           "{unsupported} tệp không hỗ trợ"},
    "note.audited_excluded": {"en": ", {count} excluded", "vi": ", loại trừ {count} tệp"},
    "note.audited_forgotten": {"en": ", {count} gone from the archive", "vi": ", {count} tệp không còn trong kho"},
    "note.audited_store": {"en": "; store: {path}", "vi": "; nơi lưu kết quả: {path}"},
    "note.exported": {"en": "exported {count} finding(s) as {fmt} to {path}",
                      "vi": "đã xuất {count} vấn đề dạng {fmt} vào {path}"},
    "note.html_report": {"en": "HTML report: {path}", "vi": "Báo cáo HTML: {path}"},
    # command line errors of the subcommands (commands/)
    "error.output_is_input": {"en": "{path}: is a report this run reads (an input); choose another output file",
                              "vi": "{path}: là báo cáo đang được kiểm tra; hãy chọn tệp kết quả khác"},
    "error.output_needs_html": {"en": "-o/--output is for --format html", "vi": "-o/--output chỉ dùng với --format html"},
    "error.annotate_needs_report": {
        "en": "--annotate OUT needs the report first: reportlint check REPORT.docx --annotate OUT",
        "vi": "--annotate OUT cần tên báo cáo trước: reportlint check BAO-CAO.docx --annotate OUT"},
    "error.annotate_one_out": {
        "en": "--annotate OUT names one file, but several .docx reports are checked; use --annotate without OUT",
        "vi": "--annotate OUT chỉ là một tệp nhưng có nhiều báo cáo .docx được kiểm tra; hãy dùng --annotate không kèm OUT"},
    "error.annotate_not_docx": {"en": "{path}: the annotated copy must be a .docx file",
                                "vi": "{path}: bản có nhận xét phải là tệp .docx"},
    "error.exists": {"en": "{path}: already exists; use --force to overwrite it",
                     "vi": "{path}: tệp đã có; dùng --force để ghi đè"},
    "error.cannot_write": {"en": "{path}: cannot write: {reason}", "vi": "{path}: không ghi được: {reason}"},
    "error.outline_directory": {"en": "{path}: is a directory; 'reportlint outline' reads one report file",
                                "vi": "{path}: là thư mục; 'reportlint outline' chỉ đọc một tệp báo cáo"},
    "error.unknown_rule_id": {"en": "unknown rule {name!r} (see 'reportlint rules')",
                              "vi": "không có quy tắc {name!r} (xem 'reportlint rules')"},
    "error.export_format": {"en": "--export: format {fmt!r} is not csv or json",
                            "vi": "--export: định dạng {fmt!r} không phải csv hoặc json"},
    "error.jobs": {"en": "--jobs must be at least 1", "vi": "--jobs phải lớn hơn hoặc bằng 1"},
    # rule pages (render/rule_page.py)
    "rules.rule": {"en": "rule", "vi": "quy tắc"},
    "rules.category": {"en": "category", "vi": "nhóm"},
    "rules.severity": {"en": "severity", "vi": "mức độ"},
    "rules.summary": {"en": "summary", "vi": "mô tả"},
    "rules.off": {"en": " (off)", "vi": " (tắt)"},
    "rules.off_by_default": {"en": ", off by default", "vi": ", mặc định tắt"},
    "rules.head": {"en": "({severity}, category {category}, kind {kind}{off})",
                   "vi": "({severity}, nhóm {category}, loại kiểm tra {kind}{off})"},
    "rules.what": {"en": "What it does", "vi": "Quy tắc kiểm tra gì"},
    "rules.no_summary": {"en": "(no summary)", "vi": "(chưa có mô tả)"},
    "rules.why": {"en": "Why / details", "vi": "Lý do, chi tiết"},
    "rules.message": {"en": "Message", "vi": "Thông báo"},
    "rules.incorrect": {"en": "Incorrect", "vi": "Sai"},
    "rules.correct": {"en": "Correct", "vi": "Đúng"},
    # audit summary (audit/summary.py on the terminal, render/audit_html.py)
    "audit.unknown": {"en": "(unknown)", "vi": "(không rõ)"},
    "audit.overview": {"en": "Audit of {files} report(s)", "vi": "Kết quả rà soát {files} báo cáo"},
    "audit.overview_counts": {
        "en": "{ok} checked, {failed} unreadable, {findings} finding(s) ({errors} {errors_word}, {warnings} {warnings_word}, "
              "{info} info) in {with_findings} file(s)",
        "vi": "kiểm tra {ok} báo cáo, {failed} tệp không đọc được, {findings} vấn đề ({errors} lỗi, "
              "{warnings} cảnh báo, {info} lưu ý) trong {with_findings} tệp"},
    "audit.in": {"en": "in {root}", "vi": "tại {root}"},
    "audit.store": {"en": "store: {path}", "vi": "nơi lưu kết quả: {path}"},
    "audit.by_category": {"en": "Findings by category and severity", "vi": "Vấn đề theo nhóm và mức độ"},
    "audit.by_folder": {"en": "By folder", "vi": "Theo thư mục"},
    "audit.by_body": {"en": "By issuing body (from the header)", "vi": "Theo cơ quan ban hành (đọc từ phần đầu văn bản)"},
    "audit.by_year": {"en": "By year", "vi": "Theo năm"},
    "audit.worst": {"en": "Files with the most findings", "vi": "Các tệp có nhiều vấn đề nhất"},
    "audit.top_rules": {"en": "Most frequent rules", "vi": "Các quy tắc phát hiện nhiều nhất"},
    "audit.series": {"en": "Across reports (series)", "vi": "Đối chiếu giữa các kỳ báo cáo"},
    "audit.failed": {"en": "Unreadable files", "vi": "Tệp không đọc được"},
    "audit.failed_count": {"en": "Unreadable files ({count})", "vi": "Tệp không đọc được ({count})"},
    "audit.more": {"en": "... and {count} more", "vi": "... và {count} tệp khác"},
    "audit.chart_category": {"en": "Findings by category", "vi": "Vấn đề theo nhóm"},
    "audit.chart_year": {"en": "Findings by year", "vi": "Vấn đề theo năm"},
    "audit.html_title": {"en": "reportlint audit — {files} report(s)", "vi": "reportlint — rà soát {files} báo cáo"},
    "audit.html_subtitle": {"en": "Audit of reports · {root} · generated {generated}",
                            "vi": "Báo cáo kiểm tra · {root} · lập lúc {generated}"},
    "audit.footer": {"en": "store {store} · {errors} {errors_word}, {warnings} {warnings_word}, {info} info",
                     "vi": "nơi lưu {store} · {errors} lỗi, {warnings} cảnh báo, {info} lưu ý"},
    "audit.no_findings": {"en": "No findings.", "vi": "Không có vấn đề nào."},
    "audit.no_reports": {"en": "No reports.", "vi": "Không có báo cáo nào."},
    "audit.nothing": {"en": "Nothing to show.", "vi": "Không có dữ liệu."},
    "audit.card.reports": {"en": "reports", "vi": "báo cáo"},
    "audit.card.checked": {"en": "checked", "vi": "đã kiểm tra"},
    "audit.card.unreadable": {"en": "unreadable", "vi": "không đọc được"},
    "audit.card.findings": {"en": "findings", "vi": "vấn đề"},
    "audit.col.category": {"en": "category", "vi": "nhóm"},
    "audit.col.folder": {"en": "folder", "vi": "thư mục"},
    "audit.col.body": {"en": "issuing body", "vi": "cơ quan ban hành"},
    "audit.col.year": {"en": "year", "vi": "năm"},
    "audit.col.files": {"en": "files", "vi": "số tệp"},
    "audit.col.unreadable": {"en": "unreadable", "vi": "không đọc được"},
    "audit.col.total": {"en": "total", "vi": "tổng"},
    "audit.col.file": {"en": "file", "vi": "tệp"},
    "audit.col.period": {"en": "period", "vi": "kỳ báo cáo"},
    "audit.col.rule": {"en": "rule", "vi": "quy tắc"},
    "audit.col.severity": {"en": "severity", "vi": "mức độ"},
    "audit.col.findings": {"en": "findings", "vi": "số vấn đề"},
    "audit.col.line": {"en": "line", "vi": "dòng"},
    "audit.col.message": {"en": "message", "vi": "nội dung"},
    "audit.col.reason": {"en": "reason", "vi": "lý do"},
    "audit.col.report": {"en": "report", "vi": "báo cáo"},
    "audit.col.finding": {"en": "finding", "vi": "vấn đề"},
    # the HTML page (render/html.py) and the comments of an annotated .docx (render/annotate.py)
    "html.title": {"en": 'reportlint review', "vi": 'reportlint — kết quả kiểm tra'},
    "html.findings": {"en": 'findings', "vi": 'vấn đề'},
    "html.error": {"en": 'errors', "vi": 'lỗi'},
    "html.warning": {"en": 'warnings', "vi": 'cảnh báo'},
    "html.info": {"en": 'info', "vi": 'lưu ý'},
    "html.files": {"en": 'reports', "vi": 'báo cáo'},
    "html.severity": {"en": 'Severity', "vi": 'Mức độ'},
    "html.category": {"en": 'Category', "vi": 'Nhóm'},
    "html.outline": {"en": 'Outline', "vi": 'Bố cục'},
    "html.document": {"en": 'Whole document', "vi": 'Toàn văn bản'},
    "html.evidence": {"en": 'Evidence', "vi": 'Căn cứ'},
    "html.suggestion": {"en": 'Suggestion', "vi": 'Đề xuất sửa'},
    "html.section": {"en": 'Section', "vi": 'Mục'},
    "html.line": {"en": 'line', "vi": 'dòng'},
    "html.none": {"en": 'No findings.', "vi": 'Không phát hiện vấn đề nào.'},
    "html.unreadable": {"en": 'could not be read', "vi": 'không đọc được'},
    "html.top": {"en": 'Title and header', "vi": 'Phần đầu văn bản'},
    "html.end": {"en": 'Closing and signature', "vi": 'Phần kết và chữ ký'},
    "html.hint": {"en": 'Hover a highlight for its message; the notes under each line give the details.', "vi": 'Rê chuột lên chỗ tô màu để xem nội dung; ghi chú dưới mỗi dòng nêu chi tiết.'},
    "html.one-error": {"en": 'error', "vi": 'lỗi'},
    "html.one-warning": {"en": 'warning', "vi": 'cảnh báo'},
    "html.one-info": {"en": 'info', "vi": 'lưu ý'},
    "annotate.evidence": {"en": 'Evidence', "vi": 'Căn cứ'},
    "annotate.suggestion": {"en": 'Suggestion', "vi": 'Đề xuất sửa'},
    "annotate.section": {"en": 'Section', "vi": 'Mục'},
    "annotate.about": {"en": 'About', "vi": 'Về đoạn'},
    "annotate.footnote": {"en": 'In a footnote', "vi": 'Trong chú thích cuối trang'},
    "label.page": {"en": "page", "vi": "trang"},
    "label.line": {"en": "line {line}", "vi": "dòng {line}"},
    # check --explain (render/explain.py); the notes and computations come from analysis/claims
    "explain.title": {"en": "Claims checked in {path}", "vi": "Các số liệu đã kiểm tra trong {path}"},
    "explain.none": {"en": "no totals or percentages found", "vi": "không tìm thấy số tổng hoặc tỷ lệ nào"},
    "explain.not_checked": {"en": "Not checked ({count})", "vi": "Chưa kiểm tra được ({count})"},
    "explain.before_headings": {"en": "(before the first heading)", "vi": "(trước đề mục đầu tiên)"},
    "explain.complete": {"en": "complete: {why}", "vi": "liệt kê đủ: {why}"},
    "explain.shares_100": {"en": "shares add up to 100%", "vi": "các tỷ lệ cộng lại thành 100%"},
    "explain.growth": {"en": "growth", "vi": "tăng"},
    "explain.decrease": {"en": "decrease", "vi": "giảm"},
    "explain.shares": {"en": "shares of one total", "vi": "các tỷ lệ của cùng một tổng"},
    "explain.of.base": {"en": "of the stated total", "vi": "so với số tổng đã nêu"},
    "explain.of.fraction": {"en": "fraction", "vi": "phân số"},
    "explain.of.list": {"en": "of the list's total", "vi": "so với tổng của danh sách"},
    "explain.of.group": {"en": "of the group's total", "vi": "so với tổng của nhóm"},
    "explain.of.sentence": {"en": "of the total before 'trong đó'", "vi": "so với số tổng trước 'trong đó'"},
    # reportlint outline (render/outline_tree.py)
    "outline.no_diacritics": {"en": "no diacritics (OCR?)", "vi": "không có dấu (bản OCR?)"},
    "outline.header": {"en": "header", "vi": "phần đầu văn bản"},
    "outline.preamble": {"en": "preamble: {count} paragraph(s)", "vi": "phần mở đầu: {count} đoạn"},
    "outline.closing": {"en": "closing", "vi": "câu kết"},
    "outline.recipients": {"en": "recipients ({count} lines)", "vi": "nơi nhận ({count} dòng)"},
    "outline.signature": {"en": "signature", "vi": "chữ ký"},
    "outline.not_understood": {"en": "structure not understood: {error}", "vi": "không đọc được bố cục: {error}"},
    "outline.read_as": {"en": "(read as {number}: OCR)", "vi": "(đọc là {number}: lỗi OCR)"},
    "outline.span": {"en": "lines {first}–{last}, {count} paragraph(s)", "vi": "dòng {first}–{last}, {count} đoạn"},
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
    # --- text a check writes itself (evidence, the problem put into a message) --------
    # a check picks the language with reportlint.checks.lang_of(outline); see its docstring
    "check.duplicate.evidence": {"en": "same text as line {line}", "vi": "giống hệt nội dung dòng {line}"},
    "check.numbering.ocr": {"en": "'{marker}' read as {number}", "vi": "'{marker}' được đọc là {number}"},
    "check.numbering.first": {"en": "the first item is {marker}", "vi": "mục đầu tiên là {marker}"},
    "check.numbering.start": {"en": "the start", "vi": "phần đầu"},
    "check.numbering.gap": {"en": "{a} is followed by {b}", "vi": "sau {a} là {b}"},
    "check.numbering.gap_ocr": {"en": "{a} is followed by {b} (read as {number})",
                                "vi": "sau {a} là {b} (đọc là {number})"},
    "check.numbering.repeat": {"en": "{marker} also at line {line}", "vi": "{marker} đã có ở dòng {line}"},
    "check.numbering.order": {"en": "{a} comes before {b}", "vi": "{a} đứng trước {b}"},
    "check.period.where.heading": {"en": "heading", "vi": "đề mục"},
    "check.period.where.closing": {"en": "closing sentence", "vi": "câu kết"},
    "check.period.mismatch": {"en": "title: '{want}'; {where}: '{found}'", "vi": "trích yếu: {want}; {where}: {found}"},
    "check.period.stale": {"en": "report period '{period}'; the sentence says \"{what}\"",
                           "vi": "kỳ báo cáo {period}; câu văn ghi \"{what}\""},
    "check.period.cutoff": {"en": "'{period}': {first}–{last}; data to {date}",
                            "vi": "{period}: {first}–{last}; số liệu tính đến {date}"},
    "check.header.caps": {"en": "write it in capitals", "vi": "phải viết in hoa"},
    "check.header.diacritic": {"en": "a diacritic is wrong", "vi": "sai dấu"},
    "check.header.word": {"en": "a word is wrong or missing", "vi": "sai hoặc thiếu chữ"},
    "check.header.dashes": {"en": "use hyphens '-', not dashes", "vi": "dùng gạch nối '-', không dùng gạch dài"},
    "check.header.hyphen_spaces": {"en": "put a space on each side of the hyphens",
                                   "vi": "cách một khoảng trắng trước và sau gạch nối"},
    "check.header.part_capitals": {"en": "only the first letter of each part is a capital",
                                   "vi": "chỉ viết hoa chữ cái đầu mỗi cụm từ"},
    "check.header.colon": {"en": "a colon after 'Số'", "vi": "thiếu dấu hai chấm sau 'Số'"},
    "check.header.zero": {"en": "a leading zero on numbers below 10 ({num} -> 0{num})",
                          "vi": "số nhỏ hơn 10 phải thêm số 0 phía trước ({num} -> 0{num})"},
    "check.header.slash": {"en": "'/' between the number and the code", "vi": "thiếu dấu '/' giữa số và ký hiệu"},
    "check.header.slash_spaces": {"en": "no spaces around '/'", "vi": "không để khoảng trắng quanh dấu '/'"},
    "check.header.code_parts": {"en": "code parts joined by '-' without spaces",
                                "vi": "các nhóm chữ của ký hiệu nối bằng dấu '-' không có khoảng trắng"},
    "check.header.code_slip": {"en": "the type code is written {part}", "vi": "ký hiệu loại văn bản viết sai thành {part}"},
    "check.header.code_other": {"en": "{part} is the code of another document type",
                                "vi": "{part} là ký hiệu của loại văn bản khác"},
    "check.header.code_missing": {"en": "the type code is missing", "vi": "thiếu ký hiệu loại văn bản"},
    "check.header.no_date": {"en": "this date does not exist", "vi": "ngày tháng không có thật"},
    "check.header.in_words": {"en": "write the date in words: {fixed}", "vi": "ghi ngày tháng bằng chữ: {fixed}"},
    "check.header.no_place": {"en": "the place name is missing before 'ngày'", "vi": "thiếu địa danh trước 'ngày'"},
    "check.header.place_comma": {"en": "a comma after the place name", "vi": "thiếu dấu phẩy sau địa danh"},
    "check.header.day_zero": {"en": "days below 10 take a leading zero: '{shown}'",
                              "vi": "ngày nhỏ hơn 10 phải thêm số 0: {shown}"},
    "check.header.month_zero": {"en": "months 1 and 2 take a leading zero: '{shown}'",
                                "vi": "tháng 1, 2 phải thêm số 0: {shown}"},
    "check.header.month_no_zero": {"en": "months 3 to 12 need no leading zero: '{shown}'",
                                   "vi": "tháng 3 đến 12 không cần số 0: {shown}"},
    "check.header.future": {"en": "after today ({today})", "vi": "sau ngày hôm nay ({today})"},
    "check.header.early": {"en": "too early for a report on '{period}' (signed before {earliest})",
                           "vi": "quá sớm so với kỳ báo cáo {period} (ký trước ngày {earliest})"},
    "check.header.late": {"en": "long after the period it reports on ('{period}')",
                          "vi": "quá xa sau kỳ báo cáo ({period})"},
    "check.header.early_evidence": {"en": "'{period}': {first}–{last}; signed {date}",
                                    "vi": "{period}: {first}–{last}; ký ngày {date}"},
    "check.header.late_evidence": {"en": "'{period}' ends {last}; signed {date}",
                                   "vi": "{period} kết thúc ngày {last}; ký ngày {date}"},
    "check.header.part.bodies": {"en": "issuing body", "vi": "tên cơ quan ban hành"},
    "check.header.part.national": {"en": "national name ('Quốc hiệu')", "vi": "quốc hiệu"},
    "check.header.part.motto": {"en": "motto ('Tiêu ngữ')", "vi": "tiêu ngữ"},
    "check.header.part.number_line": {"en": "number and code ('Số:')", "vi": "số, ký hiệu"},
    "check.header.part.date_line": {"en": "place and date", "vi": "địa danh, ngày tháng"},
    "check.header.part.recipients": {"en": "recipients ('Nơi nhận')", "vi": "nơi nhận"},
    "check.header.part.signature": {"en": "signature block", "vi": "chức vụ, chữ ký người ký"},
    "check.recipients.colon": {"en": "'Nơi nhận' is followed by a colon", "vi": "sau 'Nơi nhận' phải có dấu hai chấm"},
    "check.recipients.dash": {"en": "each recipient starts with '-'", "vi": "mỗi nơi nhận bắt đầu bằng dấu '-'"},
    "check.recipients.last": {"en": "the last line is '- Lưu: VT, ...'", "vi": "dòng cuối là '- Lưu: VT, ...'"},
    "check.recipients.last_dot": {"en": "the last line ends with '.'", "vi": "dòng cuối kết thúc bằng dấu chấm"},
    "check.recipients.semicolon": {"en": "each recipient line ends with ';'",
                                   "vi": "mỗi dòng nơi nhận kết thúc bằng dấu chấm phẩy"},
    "check.signatory.one_head": {"en": "'{body}' is headed by one person", "vi": "{body} do một người đứng đầu"},
    "check.signatory.title_not_body": {"en": "'{title}' is a person's title, not a body",
                                       "vi": "{title} là chức vụ, không phải tập thể"},
    "check.brackets.unclosed": {"en": "'{ch}' is never closed: no '{other}' follows",
                                "vi": "'{ch}' không có dấu '{other}' đóng lại"},
    "check.brackets.unopened": {"en": "'{ch}' closes nothing: no '{other}' opens it",
                                "vi": "'{ch}' không có dấu '{other}' mở trước"},
    "check.encoding.lookalike": {"en": "'{word}' contains look-alike letters ({what}): write '{right}'",
                                 "vi": "'{word}' chứa {what}: viết là '{right}'"},
    "check.encoding.legacy": {"en": "text in the legacy {name} font encoding ('{sample}'): convert the file to "
                                    "Unicode (Unikey: 'Công cụ > Chuyển mã', {name} -> Unicode)",
                              "vi": "văn bản dùng bảng mã cũ {name} ('{sample}'): chuyển sang Unicode "
                                    "(Unikey: Công cụ > Chuyển mã, {name} -> Unicode)"},
    "check.encoding.legacy_evidence": {"en": "{count} words such as: '{sample}'", "vi": "{count} từ, ví dụ: '{sample}'"},
    "check.encoding.mojibake": {"en": "UTF-8 text read as Windows-1252/Latin-1: '{word}' is '{fixed}'; "
                                      "reopen or re-save the file as UTF-8",
                                "vi": "'{word}' là '{fixed}'; mở lại hoặc lưu lại tệp với mã UTF-8"},
    "check.encoding.no_diacritics": {"en": "the text has no Vietnamese diacritics ({share} of words accented; "
                                           "OCR of a scan?): spelling checks are skipped",
                                     "vi": "văn bản không có dấu tiếng Việt ({share} số từ có dấu; bản OCR?): "
                                           "bỏ qua kiểm tra chính tả"},
    "check.encoding.paragraph_no_diacritics": {
        "en": "this paragraph has no Vietnamese diacritics (OCR or typed without marks?): spelling checks skip it",
        "vi": "đoạn này không có dấu tiếng Việt (bản OCR hoặc gõ không dấu?): bỏ qua kiểm tra chính tả"},
    "check.syllable.invalid": {"en": "'{word}' is not a Vietnamese syllable: {reason}",
                               "vi": "'{word}' không phải âm tiết tiếng Việt"},  # the reason (text/vietnamese.py) is English only
    "check.syllable.telex": {"en": "Telex keystrokes left in the text: '{word}' reads '{fixed}'",
                             "vi": "còn sót phím gõ Telex: '{word}' là '{fixed}'"},
    "check.syllable.loanword": {"en": "'{word}' looks like a misspelt loanword: {shown}?",
                                "vi": "'{word}' → {shown}?"},
    "check.syllable.vni": {"en": "VNI keystrokes left in the text: '{word}' reads '{fixed}'",
                           "vi": "còn sót phím gõ VNI: '{word}' là '{fixed}'"},
    "check.tone.wrong_vowel": {"en": "tone mark on the wrong vowel: '{word}' should be '{right}'",
                               "vi": "'{word}' đặt dấu sai vị trí, phải viết là '{right}'"},
    "check.tone.style.old": {"en": "old", "vi": "kiểu cũ"},
    "check.tone.style.new": {"en": "new", "vi": "kiểu mới"},
    "check.tone.mixed": {"en": "tone marks in two styles: '{word}' ({minority} style, {n_min}x) but {examples} "
                               "({major} style, {n_maj}x); pick one",
                         "vi": "dấu thanh đặt theo hai kiểu: '{word}' ({minority}, {n_min} lần) nhưng {examples} "
                               "({major}, {n_maj} lần); nên thống nhất một kiểu"},
    "check.tone.mixed_evidence": {"en": "{major} style: {examples}", "vi": "{major}: {examples}"},
    "check.capitalization.inner": {"en": "capital letter inside the word '{word}': write '{right}'",
                                   "vi": "chữ hoa giữa từ '{word}': viết là '{right}'"},
    "check.capitalization.proper": {"en": "'{word}' is a proper noun: write '{right}'",
                                    "vi": "'{word}' là danh từ riêng: viết là '{right}'"},
    "check.confusion.table": {"en": "'{word}' should be {right} ({cls})", "vi": "'{word}' phải viết là {right} ({cls})"},
    "check.confusion.or": {"en": " or ", "vi": " hoặc "},
    "check.confusion.near": {"en": "'{word}' is not a known word; did you mean '{right}'? (near miss)",
                             "vi": "'{word}' không phải từ thường gặp; có phải là '{right}'? (gõ gần giống)"},
    "check.confusion.near_class": {"en": "near miss", "vi": "gõ gần giống"},
    # the classes of rules/confusions.yaml (a user's own class is shown as written)
    "confusion.hỏi/ngã (tone)": {"en": "'hỏi'/'ngã' tone", "vi": "nhầm dấu hỏi/ngã"},
    "confusion.s/x (initial)": {"en": "s/x initial", "vi": "nhầm phụ âm đầu s/x"},
    "confusion.ch/tr (initial)": {"en": "ch/tr initial", "vi": "nhầm phụ âm đầu ch/tr"},
    "confusion.d/gi/r (initial)": {"en": "d/gi/r initial", "vi": "nhầm phụ âm đầu d/gi/r"},
    "confusion.c/t final (and p/t)": {"en": "c/t final (and p/t)", "vi": "nhầm phụ âm cuối c/t (và p/t)"},
    "confusion.n/ng final (and n/nh)": {"en": "n/ng final (and n/nh)", "vi": "nhầm phụ âm cuối n/ng (và n/nh)"},
    "confusion.l/n (initial)": {"en": "l/n initial", "vi": "nhầm phụ âm đầu l/n"},
    "confusion.vowel mark (a/ă/â, o/ô/ơ, u/ư, e/ê)": {"en": "vowel mark ('a/ă/â', 'o/ô/ơ', 'u/ư', 'e/ê')",
                                                     "vi": "nhầm dấu mũ, dấu móc (a/ă/â, o/ô/ơ, u/ư, e/ê)"},
    "confusion.missing or extra diacritic": {"en": "missing or extra diacritic", "vi": "thiếu hoặc thừa dấu"},
    "confusion.user": {"en": "your list", "vi": "danh sách bổ sung"},
    "confusion.split or joined words": {"en": "split or joined words", "vi": "tách hoặc ghép từ sai"},
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
