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


from reportlint.i18n_checks import CHECK_MESSAGES

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
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
    # invalid rule and config files (ruleset.py, config.py): after 'file:line: '
    "rule.alias_cycle": {"en": "a YAML alias refers to a node that contains it",
                         "vi": "một bí danh YAML trỏ tới chính nút chứa nó"},
    "rule.alias_bomb": {"en": "YAML aliases expand this file by more than {limit} values (write the values out instead)",
                        "vi": "bí danh YAML làm tệp phình ra hơn {limit} giá trị (hãy viết các giá trị ra)"},
    "rule.unreadable": {"en": "cannot read: {reason}", "vi": "không đọc được: {reason}"},
    "rule.invalid_yaml": {"en": "invalid YAML: {problem}", "vi": "YAML không hợp lệ: {problem}"},
    "rule.not_a_list": {"en": "a rule file is a list of rules (or a mapping with a 'rules:' list)",
                        "vi": "tệp quy tắc là một danh sách quy tắc (hoặc một ánh xạ có danh sách 'rules:')"},
    "rule.not_a_mapping": {"en": "each rule is a mapping with id, kind, severity and message",
                           "vi": "mỗi quy tắc là một ánh xạ có id, kind, severity và message"},
    "rule.unknown_key": {"en": "unknown key {field} (allowed: {allowed})", "vi": "khóa {field} không hợp lệ (được dùng: {allowed})"},
    "rule.needs": {"en": "rule needs a '{field}' (a non-empty string)", "vi": "quy tắc cần '{field}' (một chuỗi không rỗng)"},
    "rule.bad_id": {"en": "rule id {id} must look like 'category.name' (lower case, e.g. duplicate.line)",
                    "vi": "mã quy tắc {id} phải có dạng 'nhóm.tên' (chữ thường, ví dụ duplicate.line)"},
    "rule.bad_severity": {"en": "severity {severity} is not one of {known}", "vi": "mức độ {severity} không thuộc {known}"},
    "rule.unknown_kind": {"en": "unknown kind {kind} (known: {known})", "vi": "loại kiểm tra {kind} không có (các loại: {known})"},
    "rule.enabled": {"en": "'enabled' is true or false", "vi": "'enabled' phải là true hoặc false"},
    "rule.options_mapping": {"en": "'options' must be a mapping", "vi": "'options' phải là một ánh xạ"},
    "rule.unknown_option": {"en": "unknown option {option} (known: {known})", "vi": "tùy chọn {option} không có (các tùy chọn: {known})"},
    "rule.option_type": {"en": "option {option} must be {want}, got {value}", "vi": "tùy chọn {option} phải là {want}, nhưng là {value}"},
    "rule.option_choice": {"en": "option {option} is {value}; it is one of {known}",
                           "vi": "tùy chọn {option} là {value}; giá trị hợp lệ: {known}"},
    "rule.option_choice_close": {"en": "option {option} is {value} (did you mean {close}?); it is one of {known}",
                                 "vi": "tùy chọn {option} là {value} (có phải {close}?); giá trị hợp lệ: {known}"},
    "rule.option_invalid": {"en": "invalid options: {reason}", "vi": "tùy chọn không hợp lệ: {reason}"},
    "rule.no_builtin": {"en": "no built-in rules found (broken installation?)",
                        "vi": "không tìm thấy quy tắc có sẵn (cài đặt bị hỏng?)"},
    "config.severity_map": {"en": "'severity' maps rule ids or categories to one of {known}",
                            "vi": "'severity' gán mã quy tắc hoặc nhóm với một trong {known}"},
    "config.unknown_rule": {"en": "unknown rule or category {name}", "vi": "quy tắc hoặc nhóm {name} không có"},
    "config.rule_list": {"en": "'{field}' must be a list of rule ids or categories",
                         "vi": "'{field}' phải là danh sách mã quy tắc hoặc nhóm"},
    "config.not_a_mapping": {"en": "the configuration must be a mapping", "vi": "cấu hình phải là một ánh xạ"},
    "config.unknown_setting": {"en": "unknown setting {field} (allowed: {allowed})", "vi": "thiết lập {field} không có (được dùng: {allowed})"},
    "config.per_file_ignores": {"en": "'per-file-ignores' maps globs to lists of rules",
                                "vi": "'per-file-ignores' gán mẫu tên tệp với danh sách quy tắc"},
    "config.options_map": {"en": "'options' maps rule ids to option mappings", "vi": "'options' gán mã quy tắc với ánh xạ tùy chọn"},
    "config.options_rule": {"en": "unknown rule {name} or not a mapping", "vi": "quy tắc {name} không có hoặc không phải ánh xạ"},
    "config.lang": {"en": "'lang' is 'en' or 'vi'", "vi": "'lang' là 'en' hoặc 'vi'"},
    "config.invalid_toml": {"en": "invalid TOML: {reason}", "vi": "TOML không hợp lệ: {reason}"},
    "config.not_found": {"en": "config file not found", "vi": "không tìm thấy tệp cấu hình"},
    # --fix and --diff (fix.py), on standard error
    "fix.not_text": {"en": "reportlint: {path}: .{format} files are not fixed automatically ({count} fixable finding(s) reported)",
                     "vi": "reportlint: {path}: tệp .{format} không được sửa tự động (đã báo {count} vấn đề sửa được)"},
    "fix.unreadable": {"en": "reportlint: {path}: cannot read for fixing: {reason}",
                       "vi": "reportlint: {path}: không đọc được để sửa: {reason}"},
    "fix.read_only": {"en": "reportlint: {path}: the file is read-only; not fixed",
                      "vi": "reportlint: {path}: tệp chỉ được đọc; không sửa"},
    "fix.hard_links": {"en": "reportlint: {path}: the file has {links} hard links, which a fix would split (use --diff); not fixed",
                       "vi": "reportlint: {path}: tệp có {links} liên kết cứng, sửa sẽ tách chúng ra (dùng --diff); không sửa"},
    "fix.changed": {"en": "reportlint: {path}: the file changed since it was read; not fixed",
                    "vi": "reportlint: {path}: tệp đã thay đổi từ lúc được đọc; không sửa"},
    "fix.write_failed": {"en": "reportlint: {path}: not fixed, the original is unchanged: {reason}",
                         "vi": "reportlint: {path}: chưa sửa, tệp gốc giữ nguyên: {reason}"},
    "fix.fixed": {"en": "reportlint: {path}: fixed {count} problem(s)",
                  "vi": "reportlint: {path}: đã sửa {count} vấn đề"},
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
    "explain.net": {"en": "the change its flows make: the larger is the change plus the smaller",
                    "vi": "biến động thuần: số lớn bằng mức tăng (giảm) cộng số nhỏ"},
    "explain.decrease": {"en": "decrease", "vi": "giảm"},
    "explain.change": {"en": "rate of the change", "vi": "tỷ lệ thay đổi"},
    "explain.shares": {"en": "shares of one total", "vi": "các tỷ lệ của cùng một tổng"},
    "explain.points": {"en": "gap in percentage points", "vi": "chênh lệch theo điểm phần trăm"},
    "explain.of.base": {"en": "of the stated total", "vi": "so với số tổng đã nêu"},
    "explain.of.fraction": {"en": "fraction", "vi": "phân số"},
    "explain.of.implied": {"en": "the total each share gives", "vi": "số tổng mỗi tỷ lệ cho ra"},
    "explain.of.list": {"en": "of the list's total", "vi": "so với tổng của danh sách"},
    "explain.of.group": {"en": "of the group's total", "vi": "so với tổng của nhóm"},
    "explain.of.sentence": {"en": "of the total before 'trong đó'", "vi": "so với số tổng trước 'trong đó'"},
    "explain.of.named": {"en": "of the cases named due or resolved", "vi": "so với số hồ sơ đến hạn, đã giải quyết đã nêu"},
    "explain.of.index": {"en": "the figure, or its change, over the earlier one (figure ∓ change)",
                         "vi": "số này, hoặc mức thay đổi, so với số kỳ trước (số này ∓ mức thay đổi)"},
    "explain.fraction_sides": {"en": "complete: the other side of the fractions adds up",
                               "vi": "đủ: vế kia của các phân số cộng đúng"},
    "explain.of.stages": {"en": "of the stage before", "vi": "so với bước trước"},
    "explain.of.named-rate": {"en": "of the counts its words name", "vi": "so với các số mà tên tỷ lệ chỉ ra"},
    "explain.of.caseload": {"en": "of the caseload its clause names", "vi": "so với số thụ lý, tiếp nhận đã nêu trong vế câu"},
    # notes on a verdict and reasons a claim was not checked (analysis/claims: English in JSON)
    "explain.relation.sum": {"en": "sum", "vi": "tổng"},
    "explain.relation.share": {"en": "share", "vi": "tỷ lệ"},
    "explain.relation.plan": {"en": "plan", "vi": "so với kế hoạch, kỳ trước"},
    "explain.relation.growth": {"en": "growth", "vi": "tăng, giảm"},
    "explain.relation.fraction": {"en": "fraction", "vi": "phân số"},
    "explain.relation.table": {"en": "table", "vi": "bảng"},
    "explain.note.partial_listing": {"en": "partial listing", "vi": "liệt kê chưa đủ"},
    "explain.note.approximate_number": {"en": "approximate number", "vi": "số gần đúng"},
    "explain.note.approximate": {"en": "approximate", "vi": "số gần đúng"},
    "explain.note.base_uncertain": {"en": "base uncertain", "vi": "chưa chắc đúng số gốc"},
    "explain.note.parts_may_overlap": {"en": "parts may overlap", "vi": "các phần có thể trùng nhau"},
    "explain.note.may_be_rates_of_each_part": {"en": "may be rates of each part", "vi": "có thể là tỷ lệ riêng của từng phần"},
    "explain.note.base_is_zero": {"en": "base is zero", "vi": "số gốc bằng 0"},
    "explain.note.one-sided": {"en": "one-sided ({word})", "vi": "chỉ xét một chiều ({word})"},
    "explain.note.base_not_found": {"en": "base not found", "vi": "không tìm thấy số gốc"},
    "explain.note.plan_not_stated": {"en": "plan not stated", "vi": "không nêu số kế hoạch"},
    "explain.note.earlier_value_not_stated": {"en": "earlier value not stated", "vi": "không nêu số liệu kỳ trước"},
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
}
MESSAGES.update(CHECK_MESSAGES)  # the words checks write themselves: reportlint/i18n_checks.py


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
