/**
 * The one message catalogue: every text a user sees, Vietnamese first, English available.
 * Parameters are written {name}.
 */
export type Lang = 'vi' | 'en';

const MESSAGES = {
  // Reading cells
  'value.date.invalid': {
    vi: '"{value}" không phải ngày hợp lệ. Nhập dạng dd/mm/yyyy, ví dụ 05/06/2026.',
    en: '"{value}" is not a valid date. Type it as dd/mm/yyyy, e.g. 05/06/2026.',
  },
  'value.date.twoDigitYear': {
    vi: 'Năm hai chữ số "{value}" được hiểu là năm {year}. Nên ghi đủ bốn chữ số.',
    en: 'The two-digit year in "{value}" was read as {year}. Write all four digits.',
  },
  'value.number.invalid': {
    vi: '"{value}" không phải số. Viết ví dụ 1.000.000 hoặc 25 triệu.',
    en: '"{value}" is not a number. Write e.g. 1.000.000 or 25 triệu.',
  },
  'value.integer.invalid': { vi: '"{value}" phải là số nguyên.', en: '"{value}" must be a whole number.' },
  'value.year.invalid': {
    vi: '"{value}" không phải năm sinh hoặc ngày sinh. Ghi năm (1950) hoặc ngày (05/06/1950).',
    en: '"{value}" is not a birth year or date. Write a year (1950) or a date (05/06/1950).',
  },
  'value.year.separator': {
    vi: 'Năm sinh "{value}" được hiểu là {year}. Ghi năm không có dấu chấm: {year}.',
    en: 'Birth year "{value}" was read as {year}. Write it without a separator: {year}.',
  },
  'value.choice.misspelt': {
    vi: '"{value}" được hiểu là "{suggestion}". Sửa thành "{suggestion}".',
    en: '"{value}" was read as "{suggestion}". Change it to "{suggestion}".',
  },
  'value.choice.invalid': {
    vi: '"{value}" không có trong danh sách. Chọn một trong: {options}.',
    en: '"{value}" is not in the list. Choose one of: {options}.',
  },
  'value.yesNo.invalid': {
    vi: '"{value}" không rõ là Có hay Không. Chọn Có hoặc Không.',
    en: '"{value}" is neither Có nor Không. Choose Có or Không.',
  },
  'value.month.invalid': {
    vi: '"{value}" không phải tháng. Ghi dạng mm/yyyy, ví dụ 06/2026.',
    en: '"{value}" is not a month. Write mm/yyyy, e.g. 06/2026.',
  },
  'value.email.invalid': { vi: '"{value}" không phải địa chỉ email hợp lệ.', en: '"{value}" is not a valid e-mail address.' },
  'value.target.invalid': {
    vi: '"{value}" không phải chỉ tiêu hợp lệ. Ghi ví dụ ≥ 300, 40–50% hoặc 100%.',
    en: '"{value}" is not a valid target. Write e.g. ≥ 300, 40–50% or 100%.',
  },
  'value.errorCell': {
    vi: 'Ô "{column}" có lỗi công thức {code}. Sửa công thức hoặc nhập lại giá trị.',
    en: 'The "{column}" cell shows the formula error {code}. Fix the formula or type the value again.',
  },
  'value.required': { vi: 'Thiếu "{column}". Hãy nhập giá trị.', en: '"{column}" is missing. Enter a value.' },
  'value.belowMin': { vi: '{value} nhỏ hơn mức tối thiểu {min} của "{column}".', en: '{value} is below the minimum {min} for "{column}".' },
  'value.aboveMax': { vi: '{value} lớn hơn mức tối đa {max} của "{column}".', en: '{value} is above the maximum {max} for "{column}".' },

  // Finding tables
  'table.missingSheet': {
    vi: 'Không tìm thấy trang "{sheet}". Chạy "Thiết lập sổ phường" để tạo lại.',
    en: 'Sheet "{sheet}" is missing. Run "Set up ward workbook" to recreate it.',
  },
  'sheet.renamed': {
    vi: 'Không có trang "{expected}", nhưng trang "{found}" có bảng "{table}" của nó: dữ liệu ở đó không được đọc, nên kết quả đang thiếu hoặc dùng giá trị mặc định (ví dụ tên phường "Phường Mẫu"). Đổi tên trang "{found}" thành "{expected}".',
    en: 'There is no "{expected}" sheet, but sheet "{found}" holds its table "{table}": it is not read, so the results miss it or use the defaults (e.g. the ward name "Phường Mẫu"). Rename "{found}" to "{expected}".',
  },
  'sheet.shadowed': {
    vi: 'Trang "{found}" cũng có bảng "{table}" nhưng không được đọc: chỉ trang "{expected}" được dùng. Nếu "{found}" mới là bản đúng, hãy chép dữ liệu sang "{expected}" rồi xóa trang thừa.',
    en: 'Sheet "{found}" also holds the table "{table}" but is not read: only "{expected}" is used. If "{found}" is the right one, copy its data into "{expected}" and delete the extra sheet.',
  },
  'table.missingHeader': {
    vi: 'Không tìm thấy bảng "{table}" (cần các cột: {headers}).',
    en: 'Table "{table}" not found (needs the columns: {headers}).',
  },
  'table.duplicateHeader': {
    vi: 'Cột "{column}" xuất hiện hai lần trong bảng "{table}"; chỉ dùng cột đầu tiên.',
    en: 'Column "{column}" appears twice in table "{table}"; only the first is used.',
  },
  'club.noSheet': {
    vi: 'CLB {code} có trong danh mục nhưng chưa có trang tính "{code}". Dùng "Thêm câu lạc bộ" hoặc tạo trang.',
    en: 'Club {code} is in the registry but has no sheet "{code}". Use "Add club" or create the sheet.',
  },
  'club.unregisteredSheet': {
    vi: 'Trang "{sheet}" có sổ thành viên nhưng không có trong Danh mục CLB; không được tổng hợp.',
    en: 'Sheet "{sheet}" holds a member register but is not in the club registry; it is not rolled up.',
  },
  // Validation rules (src/core/validate/rules.ts)
  'rule.member.age': {
    vi: 'Tuổi {age} nằm ngoài khoảng 0–120; kiểm tra lại năm sinh.',
    en: 'Age {age} is outside 0–120; check the birth year.',
  },
  'rule.member.leftBeforeJoined': {
    vi: 'Ngày rời ({left}) trước ngày tham gia ({joined}). Sửa một trong hai ngày.',
    en: 'Left on ({left}) is before joined on ({joined}). Correct one of the dates.',
  },
  'rule.member.duplicateInClub': {
    vi: '"{name}" ({year}) đã có ở dòng {row} của CLB này. Xóa dòng trùng.',
    en: '"{name}" ({year}) is already on row {row} of this club. Delete the duplicate row.',
  },
  'rule.member.duplicateAcrossClubs': {
    vi: '"{name}" ({year}) cũng có trong CLB {other} (ô {cell}). Kiểm tra xem có phải một người không.',
    en: '"{name}" ({year}) is also in club {other} (cell {cell}). Check whether this is the same person.',
  },
  'rule.meeting.attendance': {
    vi: 'Số người dự {attendance} lớn hơn số thành viên ({members}) tại ngày sinh hoạt.',
    en: 'Attendance {attendance} exceeds the {members} members on the meeting date.',
  },
  'rule.meeting.monthMismatch': {
    vi: 'Tháng {month} không khớp ngày sinh hoạt {date}.',
    en: 'Month {month} does not match the meeting date {date}.',
  },
  'rule.loan.repaidBeforeBorrowed': {
    vi: 'Ngày trả hết ({repaid}) trước ngày vay ({date}).',
    en: 'Repaid on ({repaid}) is before borrowed on ({date}).',
  },
  'rule.loan.dueBeforeBorrowed': { vi: 'Hạn trả ({due}) trước ngày vay ({date}).', en: 'Due date ({due}) is before borrowed on ({date}).' },
  'rule.loan.notMember': {
    vi: 'Người vay "{name}" không có trong sổ thành viên của CLB. Ghi đúng họ tên như trong sổ.',
    en: 'Borrower "{name}" is not in the club\'s member register. Use the name as registered.',
  },
  'rule.training.notMember': {
    vi: 'Người được tập huấn "{name}" không có trong sổ thành viên của CLB.',
    en: 'Trainee "{name}" is not in the club\'s member register.',
  },
  'rule.club.noChair': {
    vi: 'CLB chưa có Chủ nhiệm trong sổ thành viên (cột Chức vụ).',
    en: 'The club has no Chủ nhiệm in its member register (Role column).',
  },
  'rule.club.size': {
    vi: 'Đến {date}, CLB có {members} thành viên, ngoài khoảng chuẩn {min}–{max}.',
    en: 'On {date}, the club has {members} members, outside the standard {min}–{max}.',
  },
  'rule.club.womenShare': {
    vi: 'Đến {date}, tỷ lệ nữ {share} ngoài khoảng chuẩn {min}–{max}.',
    en: 'On {date}, the share of women {share} is outside the standard {min}–{max}.',
  },
  'rule.club.elderlyShare': {
    vi: 'Đến {date}, tỷ lệ người cao tuổi {share} ngoài khoảng chuẩn {min}–{max}.',
    en: 'On {date}, the share of older people {share} is outside the standard {min}–{max}.',
  },
  'rule.registry.duplicateCode': {
    vi: 'Mã CLB "{code}" bị trùng (đã có ở dòng {row}).',
    en: 'Club code "{code}" is duplicated (already on row {row}).',
  },
  'rule.registry.unknownGroup': {
    vi: 'Tổ dân phố "{group}" không có trong trang "Tổ dân phố".',
    en: 'Residential group "{group}" is not in the "Tổ dân phố" sheet.',
  },
  'rule.group.duplicateCode': {
    vi: 'Mã tổ "{code}" bị trùng (đã có ở dòng {row}).',
    en: 'Group code "{code}" is duplicated (already on row {row}).',
  },
  'rule.activity.unknownClub': {
    vi: 'Mã CLB "{code}" không có trong Danh mục CLB.',
    en: 'Club code "{code}" is not in the club registry.',
  },
  'rule.narrative.period': {
    vi: '"{period}" không phải mã kỳ báo cáo. Ghi 2026-H1 (6 tháng đầu năm), 2026 (cả năm), 2025-2026 (sơ kết) hoặc P1 (tổng kết).',
    en: '"{period}" is not a period id. Write 2026-H1 (first half), 2026 (year), 2025-2026 (review) or P1 (final review).',
  },
  'rule.fund.duplicateMonth': {
    vi: 'Tháng {month} đã có số dư quỹ ở dòng {row}; chỉ dùng dòng sau cùng.',
    en: 'Month {month} already has fund balances on row {row}; only the last row is used.',
  },
  // Output tabs and jobs
  'status.met': { vi: 'Đạt', en: 'Met' },
  'status.below': { vi: 'Chưa đạt', en: 'Not met' },
  'status.exceeded': { vi: 'Vượt', en: 'Exceeded' },
  'status.none': { vi: '', en: '' },
  'severity.error': { vi: 'Lỗi', en: 'Error' },
  'severity.warning': { vi: 'Cảnh báo', en: 'Warning' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  'standard.met': { vi: 'Đạt chuẩn', en: 'Meets the standard' },
  'standard.notMet': { vi: 'Chưa đạt', en: 'Not yet' },
  'standard.notJudged': { vi: 'Không xét', en: 'Not assessed' },
  'club.standing.active': { vi: 'Đang hoạt động', en: 'Active' },
  'club.standing.paused': { vi: 'Tạm dừng – không tính vào tổng của phường', en: 'Paused – not counted in the ward totals' },
  'club.standing.dissolved': { vi: 'Giải thể – không tính vào tổng của phường', en: 'Dissolved – not counted in the ward totals' },
  'club.standing.notYetEstablished': {
    vi: 'Thành lập sau cuối kỳ – không tính vào tổng của phường',
    en: 'Established after the period end – not counted in the ward totals',
  },
  'club.standing.unreadable': {
    vi: 'Trạng thái hoặc ngày thành lập không đọc được (Danh mục CLB) – không tính vào tổng của phường',
    en: 'Status or establishment date unreadable (Danh mục CLB) – not counted in the ward totals',
  },
  'check.countedAt': {
    vi: '· Số thành viên và tỷ lệ của CLB tính đến {date} (cuối kỳ {period})',
    en: '· Club members and shares counted at {date} (end of the {period})',
  },
  'summary.title': {
    vi: 'TỔNG HỢP CHỈ TIÊU CLB LIÊN THẾ HỆ TỰ GIÚP NHAU – {ward} – {period}',
    en: 'INTERGENERATIONAL SELF-HELP CLUB INDICATORS – {ward} – {period}',
  },
  // Biểu đồ (output/charts.ts)
  'charts.tabTitle': { vi: 'BIỂU ĐỒ CHỈ TIÊU – {ward} – {period}', en: 'INDICATOR CHARTS – {ward} – {period}' },
  'charts.note': {
    vi: 'Mỗi biểu đồ bên phải đọc bảng số liệu cùng hàng bên trái; Tổng hợp chỉ tiêu vẽ lại cả trang (biểu đồ riêng của bạn hãy đặt ở trang khác). Chỉ tiêu vẽ là mức tối thiểu.',
    en: 'Each chart on the right reads the table on its rows at the left; the roll-up redraws the whole tab (put charts of your own on another tab). A target is drawn at its minimum.',
  },
  'charts.ward.percent': { vi: 'Các tỷ lệ của {ward} so với chỉ tiêu', en: '{ward}: shares against targets' },
  'charts.ward.count': { vi: '{indicator} – {ward} so với chỉ tiêu', en: '{indicator} – {ward} against targets' },
  'charts.club': { vi: '{indicator} – theo CLB so với chỉ tiêu', en: '{indicator} – by club against targets' },
  'charts.col.indicator': { vi: 'Chỉ số', en: 'Indicator' },
  'charts.col.club': { vi: 'CLB', en: 'Club' },
  'charts.series.result': { vi: 'Kết quả', en: 'Result' },
  'charts.series.target': { vi: 'Chỉ tiêu {phase}', en: 'Target, {phase}' },
  // Bảng điều khiển, the leader dashboard (output/dashboard.ts, src/ui/Dashboard.html)
  'menu.dashboard': { vi: 'Bảng điều khiển chỉ tiêu…', en: 'Indicator dashboard…' },
  'dashboard.title': { vi: 'Bảng điều khiển chỉ tiêu', en: 'Indicator dashboard' },
  'dashboard.loading': { vi: 'Đang tính…', en: 'Computing…' },
  'dashboard.heading': { vi: '{ward} – {period}', en: '{ward} – {period}' },
  'dashboard.note': {
    vi: 'Tính từ dữ liệu các trang ngày {date} (không ghi gì vào sổ). Thanh màu là kết quả, vạch đen là chỉ tiêu của giai đoạn.',
    en: 'Computed from the tabs as they are on {date} (nothing is written). The coloured bar is the result, the black mark the phase target.',
  },
  'dashboard.indicators': { vi: 'Chỉ tiêu của phường', en: 'Ward indicators' },
  'dashboard.clubs': { vi: 'Chuẩn CLB', en: 'Club standard' },
  'dashboard.target': { vi: 'Chỉ tiêu: {target}', en: 'Target: {target}' },
  'dashboard.missing': { vi: 'Chưa đạt – thiếu: {criteria}', en: 'Not met – missing: {criteria}' },
  'dashboard.openCharts': { vi: 'Mở trang Biểu đồ', en: 'Open the Biểu đồ tab' },
  'dashboard.noCharts': {
    vi: 'Chưa có trang Biểu đồ: chạy Tổng hợp chỉ tiêu để vẽ.',
    en: 'No Biểu đồ tab yet: run Roll up indicators to draw it.',
  },
  'dashboard.refresh': { vi: 'Tính lại', en: 'Refresh' },
  'dashboard.legend': { vi: 'Đạt / Vượt: xanh; Chưa đạt: đỏ', en: 'Met / Exceeded: green; Below: red' },
  'byClub.title': { vi: 'KẾT QUẢ THEO CÂU LẠC BỘ – {ward} – {period}', en: 'RESULTS BY CLUB – {ward} – {period}' },
  'check.title': {
    vi: 'KẾT QUẢ KIỂM TRA DỮ LIỆU – {count} vấn đề ({errors} lỗi, {warnings} cảnh báo)',
    en: 'DATA CHECK – {count} issues ({errors} errors, {warnings} warnings)',
  },
  'check.none': { vi: 'Không phát hiện lỗi nào.', en: 'No problems found.' },
  'longevity.title': { vi: 'DANH SÁCH MỪNG THỌ NĂM {year}', en: 'LONGEVITY CELEBRATIONS {year}' },
  'pension.title': {
    vi: 'DANH SÁCH ĐỀ NGHỊ XÉT HƯU TRÍ XÃ HỘI NĂM {year} (cần xác minh)',
    en: 'SOCIAL PENSION CANDIDATES {year} (to verify)',
  },
  // The grounds' ages are the ward's settings (pensionAge, pensionPoorAge).
  'pension.age75': {
    vi: 'Từ đủ {age} tuổi, không có lương hưu hoặc hưởng thấp hơn mức hưu trí xã hội',
    en: 'Aged {age}+, no pension or one below the social pension',
  },
  'pension.poor70': {
    vi: 'Từ {from} đến dưới {to} tuổi, hộ nghèo/cận nghèo',
    en: 'Aged {from} to under {to}, poor or near-poor household',
  },
  'pension.status.none': { vi: 'Không', en: 'No' },
  'pension.status.low': {
    vi: 'Có, {amount} đồng/tháng (thấp hơn mức hưu trí xã hội)',
    en: 'Yes, {amount} VND a month (below the social pension)',
  },
  'pension.status.blank': { vi: 'Chưa ghi (cần xác minh)', en: 'Not recorded (to verify)' },
  // The ceremony names of Circular 06/2012/TT-BVHTTDL (policy.ts ceremonyFor), as a list document prints them.
  'longevity.ceremony.tho': { vi: 'Mừng thọ', en: 'Longevity wishes' },
  'longevity.ceremony.thuongTho': { vi: 'Mừng thượng thọ', en: 'High longevity wishes' },
  'longevity.ceremony.thuongThuongTho': { vi: 'Mừng thượng thượng thọ', en: 'Highest longevity wishes' },
  'longevity.ages.under100': { vi: '{ages} tuổi', en: 'aged {ages}' },
  'longevity.ages.from100': { vi: '{ages} tuổi, từ 100 tuổi trở lên', en: 'aged {ages}, 100 and over' },
  'province.summaryTitle': {
    vi: 'TỔNG HỢP CHỈ TIÊU CLB LIÊN THẾ HỆ TỰ GIÚP NHAU – {province} – {wards} phường/xã – {period}',
    en: 'INTERGENERATIONAL SELF-HELP CLUB INDICATORS – {province} – {wards} wards – {period}',
  },
  'province.byWardTitle': { vi: 'KẾT QUẢ THEO PHƯỜNG/XÃ – {province} – {period}', en: 'RESULTS BY WARD – {province} – {period}' },
  'province.targetNote': {
    vi: 'Chỉ tiêu dạng số là tổng chỉ tiêu của các phường; chỉ tiêu tỷ lệ theo kế hoạch. Tỷ lệ = tổng tử số / tổng mẫu số.',
    en: "Count targets are the sum of the wards' targets; share targets are the plan's. Shares = summed numerators / summed denominators.",
  },
  'province.duplicateWard': {
    vi: 'Phường "{ward}" có hai lần ({first} và {source}); bỏ một tệp để không cộng trùng.',
    en: 'Ward "{ward}" appears twice ({first} and {source}); drop one file so it is not counted twice.',
  },
  'province.noWardName': {
    vi: 'Tệp {source} chưa ghi tên phường ở trang Cấu hình.',
    en: 'File {source} has no ward name in the Cấu hình sheet.',
  },
  'province.otherProvince': {
    vi: 'Phường "{ward}" ({source}) ghi tỉnh "{province}", khác "{expected}".',
    en: 'Ward "{ward}" ({source}) names the province "{province}", not "{expected}".',
  },
  'clubStandard.placeholder': {
    vi: 'Chuẩn CLB: chạy "Tổng hợp chỉ tiêu" để cập nhật.',
    en: 'Club standard: run "Roll up indicators" to update.',
  },
  'clubStandard.line': { vi: 'Chuẩn CLB ({period}): {result}', en: 'Club standard ({period}): {result}' },
  'clubStandard.missed': { vi: 'Chưa đạt – thiếu: {criteria}', en: 'Not met – missing: {criteria}' },
  'clubStandard.notJudged': { vi: '{standing}; không xét chuẩn', en: '{standing}; not assessed against the standard' },
  // The club standard explained, criterion by criterion (core/indicators/standardExplain.ts): the figure, then the bound.
  'standardRow.size': { vi: 'Số thành viên: {value} — cần {min}–{max}', en: 'Members: {value} — needs {min}–{max}' },
  'standardRow.women': {
    vi: 'Tỷ lệ nữ: {value} ({part}/{whole}) — cần {min}–{max}',
    en: 'Share of women: {value} ({part}/{whole}) — needs {min}–{max}',
  },
  'standardRow.elderly': {
    vi: 'Tỷ lệ người cao tuổi: {value} ({part}/{whole}) — cần {min}–{max}',
    en: 'Share of older people: {value} ({part}/{whole}) — needs {min}–{max}',
  },
  'standardRow.monthly': {
    vi: 'Tháng có sinh hoạt: {held}/{expected} — cần đủ {expected} tháng',
    en: 'Months with a meeting: {held}/{expected} — needs all {expected}',
  },
  'standardRow.monthlyNone': {
    vi: 'Tháng có sinh hoạt: chưa có tháng nào phải sinh hoạt trong kỳ (tính đến hôm nay)',
    en: 'Months with a meeting: no month of the period is due yet (to today)',
  },
  'standardRow.monthsMissed': { vi: 'Chưa sinh hoạt: {months}', en: 'No meeting in: {months}' },
  'standardRow.contents': {
    vi: 'Nội dung đã thực hiện: {covered}/{total} — cần đủ {total}',
    en: 'Contents covered: {covered}/{total} — needs all {total}',
  },
  'standardRow.contentsMissed': { vi: 'Chưa thực hiện: {contents}', en: 'Not covered: {contents}' },
  'standardRow.funds': {
    vi: 'Quỹ tăng thu nhập: {income} đ; quỹ hoạt động: {activity} đ — cần cả hai quỹ có số dư',
    en: 'Income fund: {income} VND; activity fund: {activity} VND — needs a balance in both',
  },
  'standardRow.noFundRow': {
    vi: 'Quỹ: chưa có dòng quỹ nào đến tháng {date} — cần cả hai quỹ có số dư',
    en: 'Funds: no fund row up to {date} — needs a balance in both',
  },
  'standardRow.board': {
    vi: 'Ban chủ nhiệm đã tập huấn ban đầu và nhắc lại năm {year}: {trained}/{board} — cần tất cả',
    en: 'Board members with initial training and a {year} refresher: {trained}/{board} — needs all',
  },
  'standardRow.noBoard': {
    vi: 'Ban chủ nhiệm: sổ thành viên chưa ghi ai giữ chức vụ Ban chủ nhiệm (cột Chức vụ)',
    en: 'Board: no member holds a board role in the register (Role column)',
  },
  'standardRow.missedCount': { vi: 'Chưa đạt {missed}/{total} tiêu chí', en: 'Misses {missed} of {total} criteria' },
  // The validation sidebar (src/ui/validation.ts, core/validate/page.ts).
  'validation.title': { vi: 'Kiểm tra dữ liệu', en: 'Check data' },
  'validation.loading': { vi: 'Đang tải…', en: 'Loading…' },
  'validation.checking': {
    vi: 'Đang kiểm tra toàn bộ sổ phường… (có thể mất vài chục giây)',
    en: 'Checking the whole ward workbook… (this can take some seconds)',
  },
  'validation.checkedAt': {
    vi: 'Kiểm tra ngày {today}. Số thành viên, tỷ lệ và chuẩn CLB tính đến {date} (cuối kỳ {period}).',
    en: 'Checked on {today}. Club members, shares and the standard counted at {date} (end of the {period}).',
  },
  'validation.totals': { vi: '{errors} lỗi, {warnings} cảnh báo', en: '{errors} errors, {warnings} warnings' },
  'validation.none': { vi: 'Không phát hiện lỗi nào.', en: 'No problems found.' },
  'validation.refresh': { vi: 'Kiểm tra lại', en: 'Check again' },
  'validation.issues': { vi: 'Vấn đề theo trang', en: 'Problems by sheet' },
  'validation.errors': { vi: 'Lỗi ({count})', en: 'Errors ({count})' },
  'validation.warnings': { vi: 'Cảnh báo ({count})', en: 'Warnings ({count})' },
  'validation.groupCounts': { vi: '{errors} lỗi · {warnings} cảnh báo', en: '{errors} errors · {warnings} warnings' },
  'validation.workbook': { vi: 'Cả sổ phường', en: 'Whole workbook' },
  'validation.goTo': { vi: 'Đến ô {a1}', en: 'Go to {a1}' },
  'validation.goToSheet': { vi: 'Mở trang', en: 'Open the sheet' },
  'validation.fixTo': { vi: 'Sửa thành "{value}"', en: 'Change to "{value}"' },
  'validation.fixAll': { vi: 'Sửa tất cả gợi ý an toàn ({count})', en: 'Apply all safe fixes ({count})' },
  'validation.fixAllHelp': {
    vi: 'Chỉ sửa những ô phần mềm đã hiểu đúng nghĩa (ví dụ "Nu" → "Nữ"); ô nào đã bị sửa khác đi thì để nguyên.',
    en: 'Only cells whose meaning is clear are changed (e.g. "Nu" → "Nữ"); a cell changed since the check is left alone.',
  },
  'validation.fixing': { vi: 'Đang sửa rồi kiểm tra lại…', en: 'Fixing, then checking again…' },
  'validation.fixed': { vi: 'Đã sửa {count} ô: {cells}.', en: 'Fixed {count} cells: {cells}.' },
  'validation.fixedCell': { vi: '{sheet}!{a1}: "{from}" → "{to}"', en: '{sheet}!{a1}: "{from}" → "{to}"' },
  'validation.stale': {
    vi: 'Không sửa {cells}: ô đã thay đổi sau lần kiểm tra. Đã kiểm tra lại, xem danh sách mới.',
    en: 'Did not change {cells}: the cell changed after the check. Checked again; see the new list.',
  },
  'validation.fixAction': { vi: 'Sửa theo gợi ý', en: 'Apply suggested fix' },
  'validation.more': {
    vi: 'và {count} vấn đề khác: xem trang "Kiểm tra".',
    en: 'and {count} more: see the "Kiểm tra" sheet.',
  },
  'validation.structure': { vi: 'Cần sửa cấu trúc sổ trước', en: 'Fix the workbook structure first' },
  'validation.notices': { vi: 'Lưu ý', en: 'Notes' },
  'validation.standards': { vi: 'Chuẩn CLB ({period})', en: 'Club standard ({period})' },
  'validation.standardsNone': { vi: 'Chưa có CLB nào trong Danh mục CLB.', en: 'No club in the club registry yet.' },
  'validation.failed': { vi: 'Không thực hiện được: {message}', en: 'Could not do it: {message}' },
  'validation.sheetLink': { vi: 'Trang "Kiểm tra" có danh sách đầy đủ.', en: 'The "Kiểm tra" sheet has the full list.' },
  updatedAt: { vi: 'Cập nhật ngày {date}', en: 'Updated on {date}' },
  'unit.clubs': { vi: 'CLB', en: 'clubs' },
  'unit.people': { vi: 'người', en: 'people' },
  'unit.groups': { vi: 'tổ', en: 'groups' },
  'unit.percent': { vi: '%', en: '%' },
  // Output tab column headers (src/core/output/), shared by every tab that shows the column
  'col.no': { vi: 'STT', en: 'No.' },
  'col.indicatorId': { vi: 'Mã chỉ tiêu', en: 'Indicator id' },
  'col.indicator': { vi: 'Chỉ tiêu', en: 'Indicator' },
  'col.unit': { vi: 'Đơn vị', en: 'Unit' },
  'col.value': { vi: 'Kết quả', en: 'Value' },
  'col.numerator': { vi: 'Tử số', en: 'Numerator' },
  'col.denominator': { vi: 'Mẫu số', en: 'Denominator' },
  'col.targetP1': { vi: 'Chỉ tiêu GĐ1 (2025–2030)', en: 'Target P1 (2025–2030)' },
  'col.targetP2': { vi: 'Chỉ tiêu GĐ2 (2031–2035)', en: 'Target P2 (2031–2035)' },
  'col.status': { vi: 'Đánh giá', en: 'Status' },
  /** An indicator's own column (Theo CLB, Theo phường): its declared name and unit. */
  'col.indicatorWithUnit': { vi: '{name} ({unit})', en: '{name} ({unit})' },
  'col.clubCode': { vi: 'Mã CLB', en: 'Club code' },
  'col.clubName': { vi: 'Tên CLB', en: 'Club name' },
  'col.group': { vi: 'Tổ dân phố', en: 'Group' },
  'col.clubStatus': { vi: 'Trạng thái', en: 'Status' },
  'col.meetings': { vi: 'Buổi sinh hoạt', en: 'Meetings' },
  'col.incomeFund': { vi: 'Quỹ tăng thu nhập (đồng)', en: 'Income fund (VND)' },
  'col.activityFund': { vi: 'Quỹ hoạt động (đồng)', en: 'Activity fund (VND)' },
  'col.loanNeed': { vi: 'Có nhu cầu vay', en: 'Need a loan' },
  'col.loanServed': { vi: 'Được vay / hỗ trợ', en: 'Got a loan' },
  'col.standard': { vi: 'Chuẩn CLB', en: 'Club standard' },
  'col.criteriaMissed': { vi: 'Tiêu chí chưa đạt', en: 'Criteria missed' },
  'col.severity': { vi: 'Mức độ', en: 'Severity' },
  'col.sheet': { vi: 'Trang', en: 'Sheet' },
  'col.cell': { vi: 'Ô', en: 'Cell' },
  'col.problem': { vi: 'Nội dung', en: 'Problem' },
  'col.rule': { vi: 'Quy tắc', en: 'Rule' },
  'col.fullName': { vi: 'Họ và tên', en: 'Full name' },
  'col.born': { vi: 'Năm sinh', en: 'Born' },
  'col.gender': { vi: 'Giới tính', en: 'Gender' },
  'col.age': { vi: 'Tuổi', en: 'Age' },
  'col.ceremony': { vi: 'Hình thức', en: 'Ceremony' },
  'col.club': { vi: 'CLB', en: 'Club' },
  'col.household': { vi: 'Hộ nghèo/cận nghèo', en: 'Household' },
  'col.ground': { vi: 'Căn cứ', en: 'Ground' },
  'col.wardsMeeting': { vi: 'Số phường đạt', en: 'Wards meeting it' },
  'col.ward': { vi: 'Phường/xã', en: 'Ward' },
  'col.file': { vi: 'Tệp', en: 'File' },
  'col.errors': { vi: 'Lỗi', en: 'Errors' },
  'col.warnings': { vi: 'Cảnh báo', en: 'Warnings' },
  'col.lockedAt': { vi: 'Số liệu đã chốt lúc', en: 'Figures locked at' },
  // Reports (src/core/report/)
  'report.docNumber': { vi: 'Số:      /BC-UBND', en: 'No.:      /BC-UBND' },
  'report.title': { vi: 'BÁO CÁO', en: 'REPORT' },
  // What a narrative report is about, by kind: in the subtitle (capitalised) and the closing sentence.
  'report.subject.results': {
    vi: 'kết quả thực hiện Đề án nhân rộng Câu lạc bộ liên thế hệ tự giúp nhau {period}',
    en: 'results of replicating Intergenerational Self-Help Clubs, {period}',
  },
  'report.subject.review': {
    vi: 'sơ kết {period} thực hiện Đề án nhân rộng Câu lạc bộ liên thế hệ tự giúp nhau',
    en: 'review of {period} of replicating Intergenerational Self-Help Clubs',
  },
  'report.subject.final': {
    vi: 'tổng kết thực hiện Đề án nhân rộng Câu lạc bộ liên thế hệ tự giúp nhau {period}',
    en: 'final review of replicating Intergenerational Self-Help Clubs, {period}',
  },
  // The same in the opening sentence ("… báo cáo {scope} (từ ngày … đến ngày …)").
  'report.scope.results': { vi: 'kết quả thực hiện {period}', en: 'the results of {period}' },
  'report.scope.review': { vi: 'sơ kết {period}', en: 'a review of {period}' },
  'report.scope.final': { vi: 'tổng kết {period}', en: 'a final review of {period}' },
  'report.provisional': { vi: '(tạm tính đến ngày {date})', en: '(provisional, as of {date})' },
  'report.sendTo': { vi: 'Ủy ban nhân dân {province}', en: "People's Committee of {province}" },
  'report.recipient.above': { vi: 'Như trên', en: 'As above' },
  'report.noValue': { vi: '—', en: '—' },
  'report.kind.h1': { vi: 'Báo cáo 6 tháng', en: 'Six-month report' },
  'report.kind.year': { vi: 'Báo cáo năm', en: 'Annual report' },
  'report.kind.review': { vi: 'Báo cáo sơ kết 2 năm', en: 'Two-year review' },
  'report.kind.final': { vi: 'Báo cáo tổng kết giai đoạn', en: 'Final review of the phase' },
  'report.kind.longevity': { vi: 'Danh sách mừng thọ', en: 'Longevity celebration list' },
  'report.kind.pension': { vi: 'Danh sách đề nghị hưởng trợ cấp hưu trí xã hội', en: 'Social pension candidate list' },
  'report.change.none': { vi: 'không đổi', en: 'no change' },
  'report.change.up': { vi: 'tăng {amount}', en: 'up {amount}' },
  'report.change.down': { vi: 'giảm {amount}', en: 'down {amount}' },
  /** A count target of the phase, before the phase ends: how far the ward has come. */
  'report.progress': { vi: 'Đạt {share} mục tiêu {year}', en: '{share} of the {year} target' },
  'report.content.c1': { vi: 'Tăng thu nhập', en: 'Income generation' },
  'report.content.c2': { vi: 'Chăm sóc sức khỏe', en: 'Health care' },
  'report.content.c3': { vi: 'Chăm sóc tại nhà dựa vào tình nguyện viên', en: 'Volunteer home care' },
  'report.content.c4': { vi: 'Tự giúp nhau và hỗ trợ cộng đồng', en: 'Self-help and community support' },
  'report.content.c5': { vi: 'Bảo vệ quyền và lợi ích', en: 'Rights and entitlements' },
  'report.content.c6': { vi: 'Truyền thông nâng cao nhận thức, học tập suốt đời', en: 'Awareness and lifelong learning' },
  'report.content.c7': { vi: 'Văn hóa, văn nghệ, thể thao, thăm hỏi giao lưu', en: 'Culture, arts, sports and visits' },
  'report.content.c8': { vi: 'Vận động nguồn lực', en: 'Resource mobilisation' },
  'report.theme.digital': { vi: 'Chuyển đổi số', en: 'Digital transformation' },
  'report.theme.green': { vi: 'Chuyển đổi xanh', en: 'Green transition' },
  'report.theme.startup': { vi: 'Khởi nghiệp, tạo việc làm', en: 'Start-ups and jobs' },
  'report.compare.clubsActive': { vi: 'Câu lạc bộ đang hoạt động', en: 'Active clubs' },
  'report.compare.clubsStandard': { vi: 'Câu lạc bộ đạt chuẩn', en: 'Clubs meeting the standard' },
  'report.compare.members': { vi: 'Thành viên', en: 'Members' },
  'report.compare.elderly': { vi: 'Người cao tuổi tham gia', en: 'Older members' },
  'report.compare.meetings': { vi: 'Buổi sinh hoạt', en: 'Meetings held' },
  'report.compare.incomeFund': { vi: 'Quỹ tăng thu nhập cuối kỳ (đồng)', en: 'Income fund at the end (VND)' },
  'report.compare.activityFund': { vi: 'Quỹ hoạt động cuối kỳ (đồng)', en: 'Activity fund at the end (VND)' },
  'report.compare.loansOutstanding': { vi: 'Dư nợ cho vay cuối kỳ (đồng)', en: 'Loans outstanding at the end (VND)' },
  'report.compare.reached': { vi: 'Lượt người được truyền thông', en: 'People reached by awareness work' },
  /** Decree 30's place-and-date line; {dd} and {mm} are zero-padded as the decree writes them, {monthName} is English. */
  'report.dateLine': { vi: '{place}ngày {dd} tháng {mm} năm {year}', en: '{place}{day} {monthName} {year}' },
  'report.club.standard': { vi: 'Đạt chuẩn', en: 'Meets the standard' },
  'report.club.belowStandard': { vi: 'Chưa đạt: {criteria}', en: 'Not met: {criteria}' },
  'report.recipient.province': { vi: 'UBND tỉnh (để b/c)', en: "Provincial People's Committee (to report)" },
  'report.recipient.elderlyAssociation': { vi: 'Hội Người cao tuổi tỉnh', en: 'Provincial Association of the Elderly' },
  'report.recipient.archive': { vi: 'Lưu: VT', en: 'Archive: VT' },
  /** Signing on behalf of the whole committee (Decree 30, "thay mặt"). */
  'report.signer.collective': { vi: 'TM. ỦY BAN NHÂN DÂN', en: "ON BEHALF OF THE PEOPLE'S COMMITTEE" },
  /** A deputy signing for the chair ("ký thay"). */
  'report.signer.deputy': { vi: 'KT. CHỦ TỊCH', en: 'FOR THE CHAIR' },
  'report.committee': { vi: 'ỦY BAN NHÂN DÂN', en: "PEOPLE'S COMMITTEE" },
  // Add-on menu and dialogs
  // The bound-template build's own menu in the menu bar (src/gas/host.ts); the add-on's menu takes its listing's name.
  'menu.title': { vi: 'CLB LTHTGN', en: 'ISHC clubs' },
  'menu.setup': { vi: 'Thiết lập sổ phường', en: 'Set up ward workbook' },
  'menu.addClub': { vi: 'Thêm câu lạc bộ', en: 'Add club' },
  'menu.check': { vi: 'Kiểm tra dữ liệu', en: 'Check data' },
  'menu.rollUp': { vi: 'Tổng hợp chỉ tiêu', en: 'Roll up indicators' },
  'menu.editCheck': { vi: 'Bật kiểm tra khi nhập', en: 'Turn on checks while typing' },
  'setup.done': {
    vi: 'Đã thiết lập sổ phường: tạo {created} trang, cập nhật quy tắc nhập liệu cho {updated} trang.',
    en: 'Ward workbook set up: {created} sheets created, entry rules refreshed on {updated} sheets.',
  },
  'setup.tableMissing': {
    vi: 'Trang "{sheet}" đã có nhưng không tìm thấy dòng tiêu đề cột; không thay đổi trang này.',
    en: 'Sheet "{sheet}" exists but its header row was not found; it was left unchanged.',
  },
  'setup.tableMissingMore': {
    vi: '… và {count} trang khác cũng không tìm thấy dòng tiêu đề cột (không thay đổi).',
    en: '… and {count} more sheets whose header row was not found (left unchanged).',
  },
  'setup.renamed': {
    vi: 'Không tạo trang "{expected}": trang "{found}" có bảng của nó, có lẽ đã bị đổi tên. Hãy đổi tên "{found}" lại thành "{expected}" rồi chạy lại Thiết lập. Đến lúc đó các kết quả không đọc được dữ liệu của trang này.',
    en: 'Sheet "{expected}" was not created: sheet "{found}" holds its table and was probably renamed. Rename "{found}" back to "{expected}" and run Set up again. Until then the results cannot read that sheet\'s data.',
  },
  'addClub.title': { vi: 'Thêm câu lạc bộ', en: 'Add club' },
  'addClub.askCode': { vi: 'Mã CLB (cũng là tên trang tính), ví dụ CLB07:', en: 'Club code (also the sheet name), e.g. CLB07:' },
  'addClub.askName': { vi: 'Tên câu lạc bộ:', en: 'Club name:' },
  'addClub.askGroup': { vi: 'Tổ dân phố / thôn của CLB (mã hoặc tên):', en: 'Residential group of the club (code or name):' },
  'addClub.badCode': {
    vi: 'Mã CLB "{code}" không hợp lệ: dùng chữ, số, dấu gạch, tối đa 30 ký tự.',
    en: 'Club code "{code}" is not valid: use letters, digits and dashes, at most 30 characters.',
  },
  'addClub.exists': {
    vi: 'Mã CLB "{code}" đã có (trong danh mục hoặc là tên trang tính). Chọn mã khác.',
    en: 'Club code "{code}" already exists (in the registry or as a sheet name). Choose another.',
  },
  'addClub.emptyName': { vi: 'Tên câu lạc bộ không được để trống.', en: 'The club name cannot be empty.' },
  'addClub.noSetup': {
    vi: 'Chưa có trang "{sheet}". Chạy "Thiết lập sổ phường" trước.',
    en: 'There is no "{sheet}" sheet. Run "Set up ward workbook" first.',
  },
  'addClub.done': {
    vi: 'Đã thêm CLB {code} – {name} (dòng {row} trang Danh mục CLB) và trang tính "{code}".',
    en: 'Added club {code} – {name} (row {row} of Danh mục CLB) and its sheet "{code}".',
  },
  cancelled: { vi: 'Đã hủy.', en: 'Cancelled.' },
  'check.toast': {
    vi: 'Tìm thấy {errors} lỗi và {warnings} cảnh báo. Xem trang "Kiểm tra".',
    en: 'Found {errors} errors and {warnings} warnings. See the "Kiểm tra" sheet.',
  },
  'rollUp.toast': {
    vi: 'Đã tổng hợp {clubs} CLB, {members} thành viên ({period}). Xem trang "Tổng hợp".',
    en: 'Rolled up {clubs} clubs, {members} members ({period}). See the "Tổng hợp" sheet.',
  },
  'setup.working': { vi: 'Đang thiết lập sổ phường…', en: 'Setting up the ward workbook…' },
  'check.working': { vi: 'Đang kiểm tra dữ liệu…', en: 'Checking the data…' },
  'rollUp.working': { vi: 'Đang tổng hợp chỉ tiêu…', en: 'Rolling up the indicators…' },
  'report.working': { vi: 'Đang tạo báo cáo…', en: 'Creating the report…' },
  'report.done': { vi: 'Đã tạo báo cáo "{name}" trong thư mục "{folder}".', en: 'Created the report "{name}" in the folder "{folder}".' },
  'report.open': { vi: 'Mở báo cáo', en: 'Open the report' },
  'report.missingKeys': {
    vi: 'Mẫu báo cáo có chỗ trống không có dữ liệu: {keys}.',
    en: 'The report template has placeholders with no data: {keys}.',
  },
  'report.folder': { vi: 'Báo cáo CLB LTHTGN', en: 'Báo cáo CLB LTHTGN' },
  'report.templateName': { vi: 'Mẫu báo cáo 6 tháng CLB LTHTGN', en: 'CLB LTHTGN 6-month report template' },
  // Reports in the add-on, one menu item per kind (src/gas/report.ts); the documents are Vietnamese whatever the locale.
  'menu.reports': { vi: 'Báo cáo', en: 'Reports' },
  'menu.exportPdf': { vi: 'Xuất PDF báo cáo', en: 'Export report PDF' },
  'report.templateDocName': { vi: 'Mẫu {title} CLB LTHTGN', en: 'Mẫu {title} CLB LTHTGN' },
  'report.docName': { vi: '{title} CLB LTHTGN {ward} {period}', en: '{title} CLB LTHTGN {ward} {period}' },
  'report.docNameProvisional': {
    vi: '{title} CLB LTHTGN {ward} {period} (tạm tính)',
    en: '{title} CLB LTHTGN {ward} {period} (tạm tính)',
  },
  'report.askKindPeriod': {
    vi: '{title}: kỳ báo cáo (để trống là {example}):',
    en: '{title}: reporting period (leave empty for {example}):',
  },
  'report.kindPeriod': {
    vi: '"{value}" không phải kỳ của {title}. Ghi ví dụ {example}.',
    en: '"{value}" is not a period of the {title}. Write e.g. {example}.',
  },
  'report.askProvisional': {
    vi: 'Kỳ {period} chưa kết thúc (đến hết ngày {end}). Tạo báo cáo tạm tính, với số liệu đến hôm nay ({today})?',
    en: 'The period {period} has not ended yet (it runs to {end}). Make a provisional report with the figures up to today ({today})?',
  },
  'report.notEnded': {
    vi: 'Chưa tạo báo cáo: kỳ {period} chưa kết thúc (đến hết ngày {end}). Chạy lại sau ngày đó, hoặc chọn "Có" khi được hỏi tạo báo cáo tạm tính.',
    en: 'No report made: the period {period} has not ended yet (it runs to {end}). Run again after that day, or answer "Yes" when asked for a provisional report.',
  },
  'report.templateProblems': {
    vi: 'Mẫu "{name}" trong thư mục "{folder}" có chỗ sai nên chưa tạo báo cáo:\n{problems}\nSửa mẫu rồi chạy lại (hoặc chuyển mẫu vào thùng rác để tiện ích tạo lại mẫu gốc).',
    en: 'The template "{name}" in the folder "{folder}" has mistakes, so no report was made:\n{problems}\nFix the template and run again (or move it to the trash and the add-on makes the original again).',
  },
  'report.editThenPdf': {
    vi: 'Sửa văn bản nếu cần, rồi chọn Báo cáo → Xuất PDF báo cáo để có bản PDF.',
    en: 'Edit the document if needed, then choose Reports → Export report PDF for the PDF.',
  },
  'report.personalNotice': {
    vi: 'Văn bản này có tên người: chỉ bạn mở được, đừng chia sẻ cho người khác.',
    en: 'This document names people: only you can open it; do not share it.',
  },
  'report.askExportKind': {
    vi: 'Xuất PDF của loại báo cáo nào? Ghi số (để trống là 1):\n{choices}',
    en: 'Export the PDF of which report? Write its number (empty for 1):\n{choices}',
  },
  'report.badKind': {
    vi: '"{value}" không phải số của loại báo cáo nào (1–{count}).',
    en: '"{value}" is not the number of a report (1–{count}).',
  },
  'report.noReportDoc': {
    vi: 'Chưa có "{title}" kỳ {period} trong thư mục "{folder}". Tạo báo cáo trước (Báo cáo → {title}), sửa nếu cần, rồi xuất PDF.',
    en: 'There is no "{title}" for {period} in the folder "{folder}". Make the report first (Reports → {title}), edit it if needed, then export the PDF.',
  },
  'report.pdfDone': {
    vi: 'Đã xuất "{name}" từ văn bản "{doc}" như hiện nay (gồm mọi chỗ đã sửa), trong thư mục "{folder}".',
    en: 'Exported "{name}" from the document "{doc}" as it stands now (with every edit), in the folder "{folder}".',
  },
  'report.openPdf': { vi: 'Mở bản PDF', en: 'Open the PDF' },
  'report.noDocsService': {
    vi: 'Tiện ích thiếu dịch vụ Docs nâng cao (cần để điền báo cáo). Báo người cài đặt tiện ích.',
    en: 'The add-on lacks the Docs advanced service (needed to fill reports). Tell whoever installed the add-on.',
  },
  'report.chartsNotPlaced': {
    vi: 'Không đặt được biểu đồ vào đoạn {{bieu_do}} của văn bản báo cáo; văn bản dở dang đã được bỏ vào thùng rác. Hãy chạy lại.',
    en: 'The charts could not be put in the report Doc’s {{bieu_do}} paragraph; the unfinished Doc went to the trash. Run it again.',
  },
  'report.noDriveService': {
    vi: 'Tiện ích thiếu dịch vụ Drive nâng cao (cần để tạo mẫu báo cáo có số trang). Báo người cài đặt tiện ích.',
    en: 'The add-on lacks the Drive advanced service (needed to make report templates with page numbers). Tell whoever installed the add-on.',
  },
  busy: {
    vi: 'Một thao tác khác đang chạy trên sổ này. Vui lòng thử lại sau ít phút.',
    en: 'Another job is running on this workbook. Please try again in a few minutes.',
  },
  'editCheck.on': {
    vi: 'Đã bật kiểm tra khi nhập: ô nhập sai sẽ được tô màu và ghi chú.',
    en: 'Checks while typing are on: wrong cells get a colour and a note.',
  },
  'editCheck.already': { vi: 'Kiểm tra khi nhập đã được bật từ trước.', en: 'Checks while typing were already on.' },
  'log.setup': { vi: 'Thiết lập sổ phường', en: 'Set up workbook' },
  'log.addClub': { vi: 'Thêm CLB {code}', en: 'Added club {code}' },
  'log.check': { vi: 'Kiểm tra dữ liệu: {count} vấn đề', en: 'Checked data: {count} issues' },
  'log.rollUp': { vi: 'Tổng hợp chỉ tiêu {period}', en: 'Rolled up {period}' },
  'log.report': { vi: 'Tạo báo cáo {period}: {url}', en: 'Created report {period}: {url}' },
  // Roles and protections (core/roles.ts)
  'menu.permissions': { vi: 'Cập nhật phân quyền', en: 'Update permissions' },
  'roles.action.setup': { vi: 'thiết lập sổ phường', en: 'set up the ward workbook' },
  'roles.action.addClub': { vi: 'thêm câu lạc bộ', en: 'add a club' },
  'roles.action.check': { vi: 'kiểm tra dữ liệu', en: 'check the data' },
  'roles.action.rollUp': { vi: 'tổng hợp chỉ tiêu', en: 'roll up the indicators' },
  'roles.action.report': { vi: 'tạo báo cáo', en: 'create reports' },
  'roles.action.editCheck': { vi: 'bật kiểm tra khi nhập', en: 'turn on checks while typing' },
  'roles.action.permissions': { vi: 'cập nhật phân quyền', en: 'update permissions' },
  'roles.action.lock': { vi: 'chốt hoặc mở khóa số liệu', en: 'lock or unlock figures' },
  'roles.action.privateLists': { vi: 'tạo danh sách chính sách có tên người', en: 'make the policy lists with names' },
  'roles.role.board': {
    vi: 'là thành viên Ban chủ nhiệm {clubs}: bạn nhập số liệu ở trang của CLB mình, cán bộ phụ trách phường tổng hợp',
    en: "on the board of {clubs}: you enter data in your club's sheet, and the ward officer rolls it up",
  },
  'roles.role.leader': {
    vi: 'là lãnh đạo: bạn xem được các trang (Tổng hợp, Theo CLB…) nhưng không sửa',
    en: 'a leader: you can read every sheet (Tổng hợp, Theo CLB…) but not change it',
  },
  'roles.role.reader': {
    vi: 'chưa có tên trong trang Cấu hình hay Danh mục CLB, nên chỉ được xem',
    en: 'not named in Cấu hình or Danh mục CLB, so you can only read',
  },
  'roles.refused.notOfficer': {
    vi: 'Chỉ cán bộ phụ trách phường (email ghi ở dòng "Email cán bộ phụ trách" trang Cấu hình) mới được {action}. Tài khoản {email} {who}. Nếu bạn là cán bộ phụ trách, nhờ một cán bộ phụ trách đã có tên ghi thêm email của bạn vào dòng đó (các email cách nhau bằng dấu phẩy).',
    en: 'Only the ward officers (the e-mails in the "Email cán bộ phụ trách" row of Cấu hình) may {action}. The account {email} is {who}. If you are a ward officer, ask an officer already named there to add your e-mail to that row (e-mails separated by commas).',
  },
  'roles.refused.noEmail': {
    vi: 'Tiện ích không đọc được email tài khoản của bạn (tổ chức của bạn có thể ẩn email, hoặc chưa cấp quyền xem email), nên không biết bạn có phải cán bộ phụ trách không. Hãy mở sổ bằng tài khoản Google có email ghi ở dòng "Email cán bộ phụ trách" trang Cấu hình và cấp quyền khi tiện ích hỏi, hoặc nhờ cán bộ phụ trách chạy chức năng này.',
    en: 'The add-on cannot read your account\'s e-mail (your organisation may hide it, or the permission to see it was not given), so it cannot tell whether you are a ward officer. Open the workbook with the Google account whose e-mail is in the "Email cán bộ phụ trách" row of Cấu hình and grant the permission when asked, or ask a ward officer to run this.',
  },
  'roles.refused.badOfficerEmail': {
    vi: 'Dòng "Email cán bộ phụ trách" trang Cấu hình (ô {cell}) có "{value}", không phải danh sách email, nên chưa ai được chạy chức năng này. Sửa ô đó (các email cách nhau bằng dấu phẩy) rồi chạy lại.',
    en: 'The "Email cán bộ phụ trách" row of Cấu hình (cell {cell}) holds "{value}", which is not a list of e-mails, so nobody may run this yet. Fix that cell (e-mails separated by commas) and run again.',
  },
  'protect.description.ward': {
    vi: 'CLB LTHTGN: chỉ cán bộ phụ trách phường được sửa',
    en: 'CLB LTHTGN: only the ward officers may edit',
  },
  'protect.description.output': {
    vi: 'CLB LTHTGN: tiện ích ghi trang này; chỉ cán bộ phụ trách phường được sửa',
    en: 'CLB LTHTGN: written by the add-on; only the ward officers may edit',
  },
  'protect.description.club': {
    vi: 'CLB LTHTGN: Ban chủ nhiệm {code} và cán bộ phụ trách phường được sửa',
    en: 'CLB LTHTGN: the board of {code} and the ward officers may edit',
  },
  'permissions.done': {
    vi: 'Phân quyền: {protected} trang được bảo vệ ({changed} trang vừa đổi, {kept} trang giữ nguyên); {mode}.',
    en: 'Permissions: {protected} sheets protected ({changed} changed, {kept} already right); {mode}.',
  },
  'permissions.locked': {
    vi: 'chỉ người có quyền mới sửa được',
    en: 'only those allowed can edit',
  },
  'permissions.warningOnly': {
    vi: 'chế độ "Cảnh báo": ai cũng sửa được sau khi xác nhận cảnh báo',
    en: '"Cảnh báo" mode: anyone can edit after confirming a warning',
  },
  'permissions.unconfigured': {
    vi: 'Chưa có email ở dòng "Email cán bộ phụ trách" trang Cấu hình: mọi người mở sổ đều chạy được các chức năng, và chỉ {email} sửa được các trang. Hãy ghi email của cán bộ phụ trách vào dòng đó rồi chạy "Cập nhật phân quyền".',
    en: 'No e-mail in the "Email cán bộ phụ trách" row of Cấu hình yet: anyone who opens the workbook can run the actions, and only {email} can edit the sheets. Write the ward officers\' e-mails in that row, then run "Update permissions".',
  },
  'log.header': {
    vi: 'Thời gian|Người thực hiện|Thao tác|Kỳ|Kết quả|Thời gian chạy (giây)|Dấu dữ liệu|Ghi chú',
    en: 'Time|User|Action|Period|Outcome|Duration (s)|Data fingerprint|Notes',
  },
  'log.outcome.ok': { vi: 'xong', en: 'done' },
  'log.outcome.failed': { vi: 'lỗi', en: 'failed' },
  'log.outcome.busy': { vi: 'bận', en: 'busy' },
  'log.outcome.cancelled': { vi: 'hủy', en: 'cancelled' },
  'log.outcome.refused': { vi: 'từ chối (không có quyền)', en: 'refused (not allowed)' },
  'log.outcome.continuing': { vi: 'đang tiếp tục', en: 'continuing' },
  // Jobs that go on past Apps Script's 6 minutes (src/gas/continuation.ts)
  'continuation.scheduled': {
    vi: '{job}: sổ này lớn nên việc được chia thành nhiều lần chạy. Đã xong {done}/{total} bước. Phần còn lại tự chạy tiếp sau khoảng {minutes} phút, không cần bấm lại; mỗi lần chạy ghi một dòng "đang tiếp tục" vào Nhật ký, lần cuối ghi "xong" kèm kết quả, và kết quả hiện lên khi mở lại sổ.',
    en: '{job}: this workbook is large, so the job runs in several parts. Done {done}/{total} steps. The rest goes on by itself in about {minutes} minute(s), with no need to click again; each part writes a "continuing" row to Nhật ký, the last one "done" with the result, which also shows when the workbook is next opened.',
  },
  'continuation.progress': {
    vi: '{job}: đã xong {done}/{total} bước (lần chạy {slice}); phần tiếp theo tự chạy sau khoảng {minutes} phút.',
    en: '{job}: done {done}/{total} steps (part {slice}); the next part runs by itself in about {minutes} minute(s).',
  },
  'continuation.pending': {
    vi: '{job} đang chạy dở: đã xong {done}/{total} bước (bắt đầu lúc {started}, do {by}). Phần tiếp theo tự chạy vào khoảng {next}. Hãy chờ nó xong (xem Nhật ký) thay vì chạy lại từ đầu.',
    en: '{job} is under way: {done}/{total} steps done (started at {started} by {by}). The next part runs by itself at about {next}. Wait for it to finish (see Nhật ký) rather than starting again.',
  },
  'continuation.stale': {
    vi: '{job} bắt đầu lúc {started} chưa xong và không chạy tiếp nữa: làm lại từ đầu.',
    en: '{job} started at {started} did not finish and stopped going on: starting again from the beginning.',
  },
  'continuation.changed': {
    vi: '{job} đã dừng: giữa hai lần chạy, sổ đã thay đổi (danh sách trang tính, Cấu hình hoặc Danh mục CLB). Các trang tính đã làm xong vẫn đúng, không có gì bị ghi dở. Hãy chạy lại {job}.',
    en: '{job} stopped: the workbook changed between two of its parts (the list of tabs, Cấu hình or Danh mục CLB). The tabs already done are right and nothing is half-written. Run {job} again.',
  },
  'continuation.busyLater': {
    vi: 'Sổ đang bận với một việc khác: phần tiếp theo của {job} chạy lại sau khoảng {minutes} phút.',
    en: 'The workbook is busy with another job: the next part of {job} runs again in about {minutes} minute(s).',
  },
  'continuation.done': {
    vi: '{job} đã xong sau {slices} lần chạy.\n{message}',
    en: '{job} finished after {slices} parts.\n{message}',
  },
  'continuation.failed': {
    vi: '{job} đã dừng vì lỗi ở lần chạy {slice}: {message}\nKhông có gì bị ghi dở; các trang tính đã làm xong vẫn đúng. Hãy chạy lại {job}.',
    en: '{job} stopped on an error in part {slice}: {message}\nNothing is half-written; the tabs already done are right. Run {job} again.',
  },
  'log.lockReleaseFailed': {
    vi: 'Không nhả được khóa của sổ ({message}); đã thử lại.',
    en: 'Could not release the workbook lock ({message}); tried again.',
  },
  'job.failed': {
    vi: '"{action}" không hoàn thành: {message}\nKhông có ô nhập liệu nào bị sửa; các trang kết quả vẫn là bản cũ hoặc đã được thay trọn bộ. Hãy chạy lại.',
    en: '"{action}" did not complete: {message}\nNo input cell was changed; the output tabs are either the previous ones or completely replaced. Please run it again.',
  },
  'output.nameTaken': {
    vi: 'Trang "{name}" là trang của người dùng nên được giữ nguyên; kết quả được ghi vào trang "{used}".',
    en: 'The tab "{name}" belongs to a user and was left as it is; the output went to "{used}".',
  },
  'output.notWritten': {
    vi: 'Ghi trang "{name}" không trọn vẹn; các trang kết quả cũ được giữ nguyên.',
    en: 'Writing "{name}" did not complete; the previous output tabs were kept.',
  },
  'clubStandard.cellTaken': {
    vi: 'Ô {sheet}!{a1} dành cho dòng chuẩn CLB đang có nội dung khác nên không bị ghi đè.',
    en: 'Cell {sheet}!{a1}, reserved for the club-standard line, holds other text and was not overwritten.',
  },
  'clubStandard.noCell': {
    vi: 'Trang {sheet} không còn ô dành cho dòng chuẩn CLB; dòng này không được ghi.',
    en: 'The tab {sheet} no longer has the cell reserved for the club-standard line; the line was not written.',
  },
  // Named lists, only where officers read them (src/core/output/privateLists.ts, src/gas/privateLists.ts)
  'menu.privateLists': { vi: 'Danh sách chính sách (riêng cán bộ)', en: 'Policy lists (officers only)' },
  'privateLists.working': { vi: 'Đang lập danh sách chính sách…', en: 'Making the policy lists…' },
  'privateLists.docName': {
    vi: '{ward} – Danh sách chính sách năm {year} (riêng cán bộ) – {date}',
    en: '{ward} – Policy lists {year} (officers only) – {date}',
  },
  'privateLists.title': { vi: 'DANH SÁCH CHÍNH SÁCH NĂM {year} – {ward}', en: 'POLICY LISTS {year} – {ward}' },
  'privateLists.notice': {
    vi: 'Tài liệu có dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân): chỉ cán bộ phụ trách được xem. Không chia sẻ, không chép vào sổ dùng chung; xóa khi không còn cần.',
    en: 'This document holds personal data (Decree 13/2023/NĐ-CP, Personal Data Protection Law): for the officers in charge only. Do not share it or copy it into the shared workbook; delete it when no longer needed.',
  },
  'privateLists.fullCheckTitle': {
    vi: 'KIỂM TRA – NỘI DUNG ĐẦY ĐỦ ({count} vấn đề mà trang "Kiểm tra" chỉ ghi vị trí, không ghi tên)',
    en: 'CHECK – FULL TEXT ({count} issues the "Kiểm tra" sheet shows by cell only, without names)',
  },
  'privateLists.done': {
    vi: 'Đã lập "{name}" trong thư mục "{folder}" trên Drive của bạn: {longevity} người mừng thọ, {pension} người đề nghị xét hưu trí xã hội. Chỉ bạn xem được tài liệu này; đừng chia sẻ.',
    en: 'Made "{name}" in your Drive folder "{folder}": {longevity} longevity celebrations, {pension} social pension candidates. Only you can open it; do not share it.',
  },
  'privateLists.open': { vi: 'Mở danh sách', en: 'Open the lists' },
  'privateLists.removedTabs': {
    vi: 'Đã xóa trang {tabs} (danh sách có tên do phần mềm lập trước đây) khỏi sổ dùng chung; danh sách có tên nay lập bằng menu "Danh sách chính sách (riêng cán bộ)".',
    en: 'Removed the sheets {tabs} (named lists the add-on made before) from the shared workbook; make named lists with the menu "Policy lists (officers only)".',
  },
  'log.privateLists': { vi: 'Lập danh sách chính sách riêng {year}', en: 'Made the private policy lists {year}' },
  // Command line
  'cli.fileMissing': { vi: 'Không tìm thấy tệp "{path}".', en: 'File "{path}" not found.' },
  'cli.fileExists': { vi: 'Tệp "{path}" đã có. Dùng --force để ghi đè.', en: 'File "{path}" already exists. Use --force to overwrite.' },
  'cli.sameAsInput': {
    vi: 'Tệp kết quả trùng tệp đầu vào; chọn tên khác (tệp đầu vào không bị sửa).',
    en: 'The output is the input file; choose another name (the input is never modified).',
  },
  'cli.badPeriod': {
    vi: '"{value}" không phải kỳ báo cáo. Ghi 2026, 2026-H1, 2026-H2, 2025-2026 (hai năm liền nhau để sơ kết), P1 hoặc P2.',
    en: '"{value}" is not a period. Use 2026, 2026-H1, 2026-H2, 2025-2026 (two years of one phase, for a review), P1 or P2.',
  },
  'cli.badToday': {
    vi: '--today cần một ngày có thật dạng yyyy-mm-dd, ví dụ 2026-11-22, không phải "{value}".',
    en: '--today needs a real date as yyyy-mm-dd, e.g. 2026-11-22, not "{value}".',
  },
  'cli.badLang': { vi: '--lang chỉ nhận vi hoặc en, không phải "{value}".', en: '--lang takes vi or en, not "{value}".' },
  'cli.unknownOption': {
    vi: 'Lệnh {command} không có tùy chọn "{option}".{hint} Các tùy chọn của lệnh này: {options}.',
    en: 'The {command} command has no option "{option}".{hint} Its options are: {options}.',
  },
  'cli.didYouMean': { vi: ' Có phải ý bạn là {option}?', en: ' Did you mean {option}?' },
  'cli.optionNeedsValue': { vi: 'Tùy chọn {option} cần một giá trị đi sau nó.', en: 'Option {option} needs a value after it.' },
  'cli.flagTakesNoValue': {
    vi: 'Tùy chọn {option} không nhận giá trị ("{value}"): chỉ ghi {option}.',
    en: 'Option {option} takes no value ("{value}"): write just {option}.',
  },
  'cli.extraArgument': {
    vi: 'Lệnh {command} không nhận thêm "{value}": mỗi lần chỉ một sổ phường.',
    en: 'The {command} command does not take "{value}" as well: one ward workbook at a time.',
  },
  'cli.warning': { vi: 'Cảnh báo: {message}', en: 'Warning: {message}' },
  'cli.fileIsFolder': { vi: '"{path}" là một thư mục, không phải tệp .xlsx.', en: '"{path}" is a folder, not an .xlsx file.' },
  'cli.fileUnreadable': { vi: 'Không đọc được tệp "{path}" ({reason}).', en: 'File "{path}" cannot be read ({reason}).' },
  'cli.fileEmpty': {
    vi: 'Tệp "{path}" rỗng (0 byte): có lẽ chưa tải hoặc chép xong. Lấy lại bản đầy đủ rồi chạy lại.',
    en: 'File "{path}" is empty (0 bytes): it was probably not fully downloaded or copied. Get a complete copy and run again.',
  },
  'cli.fileEncrypted': {
    vi: 'Tệp "{path}" được đặt mật khẩu (mã hóa) nên không đọc được. Mở bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi chạy lại.',
    en: 'File "{path}" is password-protected (encrypted), so it cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and run again.',
  },
  'cli.fileIsXls': {
    vi: 'Tệp "{path}" là tệp Excel đời cũ (.xls, Excel 97–2003). Mở bằng Excel hoặc LibreOffice, lưu thành .xlsx rồi chạy lại.',
    en: 'File "{path}" is an old Excel file (.xls, Excel 97–2003). Open it in Excel or LibreOffice, save it as .xlsx, and run again.',
  },
  'cli.fileOldOffice': {
    vi: 'Tệp "{path}" là tệp Office đời cũ (như .doc), không phải sổ phường Excel .xlsx.',
    en: 'File "{path}" is an old Office file (such as .doc), not an Excel .xlsx ward workbook.',
  },
  'cli.fileIsDocx': {
    vi: 'Tệp "{path}" là văn bản Word (.docx), không phải sổ phường Excel (.xlsx). Kiểm tra lại tên tệp.',
    en: 'File "{path}" is a Word document (.docx), not an Excel ward workbook (.xlsx). Check the file name.',
  },
  'cli.fileIsOds': {
    vi: 'Tệp "{path}" là bảng tính OpenDocument (.ods). Mở bằng LibreOffice, lưu thành .xlsx rồi chạy lại.',
    en: 'File "{path}" is an OpenDocument spreadsheet (.ods). Open it in LibreOffice, save it as .xlsx, and run again.',
  },
  'cli.fileDamaged': {
    vi: 'Tệp "{path}" bị hỏng hoặc chưa tải/chép xong: không đọc được nội dung .xlsx. Thử mở bằng Excel; nếu không mở được, lấy lại một bản khác.',
    en: 'File "{path}" is damaged or was not fully downloaded or copied: its .xlsx content cannot be read. Try opening it in Excel; if that fails, get another copy.',
  },
  'cli.fileNotXlsx': {
    vi: 'Tệp "{path}" không phải tệp Excel .xlsx (nội dung không phải bảng tính).',
    en: 'File "{path}" is not an Excel .xlsx file (its content is no workbook).',
  },
  'cli.templateNotDocx': {
    vi: 'Mẫu báo cáo "{path}" không phải văn bản Word .docx.',
    en: 'Report template "{path}" is not a Word .docx document.',
  },
  'cli.templateProblems': {
    vi: 'Mẫu báo cáo "{path}" có chỗ sai nên chưa tạo báo cáo:\n{problems}',
    en: 'Report template "{path}" has mistakes, so no report was made:\n{problems}',
  },
  'cli.template.unknown': {
    vi: '  - {{{name}}} không có trong dữ liệu báo cáo{hint} (đoạn: "{context}")',
    en: '  - {{{name}}} is not in the report data{hint} (text: "{context}")',
  },
  'cli.template.hint': { vi: '; có phải ý bạn là {{{suggestion}}}?', en: '; did you mean {{{suggestion}}}?' },
  'cli.template.unclosed': {
    vi: '  - {{#{name}}} mở mà không đóng bằng {{/{name}}} (đoạn: "{context}")',
    en: '  - {{#{name}}} is opened but never closed with {{/{name}}} (text: "{context}")',
  },
  'cli.template.unopened': {
    vi: '  - {{/{name}}} đóng một phần chưa mở (đoạn: "{context}")',
    en: '  - {{/{name}}} closes a section that was not opened (text: "{context}")',
  },
  'cli.template.crossesRow': {
    vi: '  - Phần lặp {{#{name}}} phải mở và đóng trong cùng một dòng của bảng (đoạn: "{context}")',
    en: '  - The repeat {{#{name}}} must open and close in the same table row (text: "{context}")',
  },
  'cli.templateBroken': {
    vi: 'Không điền được mẫu báo cáo "{path}": các thẻ {{…}} trong mẫu sai ({detail}).',
    en: 'Report template "{path}" cannot be filled: its {{…}} tags are wrong ({detail}).',
  },
  'cli.writeFailed': {
    vi: 'Không ghi được tệp "{path}": {reason}. Tệp cũ (nếu có) vẫn giữ nguyên.',
    en: 'Could not write "{path}": {reason}. The previous file, if any, is unchanged.',
  },
  'cli.reasonFull': { vi: 'ổ đĩa đã đầy', en: 'the disk is full' },
  'cli.reasonDenied': { vi: 'không có quyền ghi vào đó', en: 'no permission to write there' },
  'cli.reasonReadOnly': { vi: 'ổ đĩa chỉ cho đọc', en: 'the disk is read-only' },
  'cli.reasonNoFolder': { vi: 'thư mục không tồn tại', en: 'the folder does not exist' },
  'cli.reasonIsFolder': { vi: 'đó là một thư mục', en: 'that is a folder' },
  'cli.reasonBusy': { vi: 'tệp đang mở trong chương trình khác', en: 'the file is open in another program' },
  'cli.needOutput': { vi: 'add-club cần -o <tệp-mới.xlsx> hoặc --in-place.', en: 'add-club needs -o <new.xlsx> or --in-place.' },
  'cli.unknownCommand': { vi: 'Lệnh "{command}" không có.', en: 'Unknown command "{command}".' },
  'cli.wrote': { vi: 'Đã ghi {path}', en: 'Wrote {path}' },
  'cli.created': { vi: 'Đã tạo sổ phường {path}', en: 'Created ward workbook {path}' },
  'cli.clubAdded': { vi: 'Đã thêm CLB {code} vào {path}', en: 'Added club {code} to {path}' },
  'cli.issuesHeader': { vi: '{errors} lỗi, {warnings} cảnh báo', en: '{errors} errors, {warnings} warnings' },
  'cli.indicatorsHeader': { vi: 'Chỉ tiêu – {ward} – {period}', en: 'Indicators – {ward} – {period}' },
  'cli.demoDone': {
    vi: 'Phường mẫu: {clubs} CLB, {members} thành viên; kiểm tra tìm thấy {errors} lỗi và {warnings} cảnh báo.',
    en: 'Demo ward: {clubs} clubs, {members} members; the check found {errors} errors and {warnings} warnings.',
  },
  'cli.chartFontMissing': {
    vi: 'Không tìm thấy phông chữ có đủ dấu tiếng Việt để vẽ biểu đồ (DejaVu Sans, Noto Sans hoặc Liberation Sans). Cài gói fonts-dejavu-core (sudo apt-get install fonts-dejavu-core) hoặc đặt ISHC_CHART_FONT là đường dẫn tới một tệp .ttf; chưa ghi tệp nào.',
    en: 'No font with every Vietnamese letter was found to draw the charts (DejaVu Sans, Noto Sans or Liberation Sans). Install fonts-dejavu-core (sudo apt-get install fonts-dejavu-core) or set ISHC_CHART_FONT to a .ttf file; nothing was written.',
  },
  'cli.wroteCharts': { vi: 'Đã ghi {count} biểu đồ (PNG) vào {dir}', en: 'Wrote {count} charts (PNG) to {dir}' },
  'cli.pdfSkipped': { vi: 'Không có LibreOffice (soffice): bỏ qua bản PDF.', en: 'LibreOffice (soffice) not found: PDF skipped.' },
  'cli.listsCount': {
    vi: 'Mừng thọ: {longevity} người; đề nghị xét hưu trí xã hội: {pension} người. Danh sách có tên: thêm --lists (ghi tệp riêng).',
    en: 'Longevity celebrations: {longevity}; social pension candidates: {pension}. Named lists: add --lists (a separate file).',
  },
  'cli.reportFromLock': {
    vi: 'Kỳ {period} đã chốt số liệu ngày {at}: báo cáo lập từ số liệu đã chốt (các sửa đổi sau đó không vào báo cáo).',
    en: 'Period {period} was locked on {at}: the report is made from the locked figures (later edits are not in it).',
  },
  'cli.provinceLocked': {
    vi: '{path}: kỳ {period} đã chốt số liệu ngày {at}, dùng số liệu đã chốt.',
    en: '{path}: period {period} was locked on {at}; its locked figures are used.',
  },
  'cli.wrotePrivate': {
    vi: 'Đã ghi {path} (có họ tên, năm sinh: chỉ cán bộ phụ trách giữ, không chia sẻ)',
    en: 'Wrote {path} (names and birth years: for the officers in charge only, do not share)',
  },
  'cli.reportMissing': {
    vi: 'Cảnh báo: mẫu có chỗ trống không có dữ liệu: {keys}',
    en: 'Warning: template placeholders with no data: {keys}',
  },
  'cli.badSeed': { vi: '--seed cần một số nguyên, không phải "{value}".', en: '--seed must be a whole number, not "{value}".' },
  'cli.provinceNeedsFiles': {
    vi: 'province cần ít nhất một sổ phường .xlsx (hoặc thư mục chứa các sổ).',
    en: 'province needs at least one ward workbook .xlsx (or a folder of them).',
  },
  'cli.notWard': {
    vi: 'Tệp "{path}" không phải sổ phường (không có trang Cấu hình và Danh mục CLB).',
    en: 'File "{path}" is not a ward workbook (no Cấu hình and Danh mục CLB sheets).',
  },
  'cli.skipped': { vi: 'Bỏ qua: {reason}', en: 'Skipped: {reason}' },
  'cli.skippedUnfilled': {
    vi: 'Bỏ qua: tệp "{path}" là sổ phường chưa điền (tên phường "{ward}", {clubs} CLB).',
    en: 'Skipped: file "{path}" is a ward workbook not filled in (ward name "{ward}", {clubs} clubs).',
  },
  'cli.provinceNoWards': {
    vi: 'Không có sổ phường nào đọc được trong các tệp đã cho (xem các dòng "Bỏ qua" ở trên); không ghi tệp kết quả.',
    en: 'None of the files given is a readable ward workbook (see the "Skipped" lines above); no output was written.',
  },
  'cli.googleNeedsAuth': {
    vi: 'province --google cần cách đăng nhập Google: --credentials <tệp.json> (khóa tài khoản dịch vụ, hoặc OAuth client cho ứng dụng cài đặt) hoặc --access-token <mã>.',
    en: 'province --google needs a way to sign in to Google: --credentials <file.json> (a service account key, or an OAuth client for an installed app) or --access-token <token>.',
  },
  'cli.googleBothSources': {
    vi: 'Dùng --google (mã bảng tính) hoặc --google-folder (mã thư mục Drive), không kèm tệp .xlsx: "{value}".',
    en: 'Use --google (spreadsheet ids) or --google-folder (a Drive folder id), without .xlsx files: "{value}".',
  },
  'cli.googleBadNumber': {
    vi: '{option} cần một số dương, không phải "{value}".',
    en: '{option} needs a positive number, not "{value}".',
  },
  'cli.googleBadCredentials': {
    vi: 'Tệp "{path}" không phải khóa tài khoản dịch vụ hay OAuth client (ứng dụng cài đặt) của Google: tải lại từ Google Cloud Console → APIs & Services → Credentials.',
    en: 'File "{path}" is neither a Google service account key nor an OAuth client (installed app): download it again from Google Cloud Console → APIs & Services → Credentials.',
  },
  'cli.googleSignIn': {
    vi: 'Mở địa chỉ sau trong trình duyệt, đăng nhập tài khoản Google có quyền xem các sổ phường và bấm Cho phép:\n{url}',
    en: 'Open this address in a browser, sign in with the Google account that can view the ward spreadsheets and click Allow:\n{url}',
  },
  'cli.googleSignedInPage': {
    vi: 'Đã đăng nhập. Quay lại cửa sổ dòng lệnh.',
    en: 'Signed in. Go back to the command line.',
  },
  'cli.googleSignInRefused': { vi: 'Đăng nhập Google không thành công ({reason}).', en: 'Google sign-in did not succeed ({reason}).' },
  'cli.googleAuthRefused': {
    vi: 'Google từ chối đăng nhập ({why}): mã truy cập hết hạn hoặc sai, hoặc tài khoản chưa được cấp quyền. Không đọc được sổ nào.',
    en: 'Google refused the sign-in ({why}): the access token expired or is wrong, or the account was not granted access. No ward was read.',
  },
  'cli.googleNotFound': {
    vi: 'Không tìm thấy bảng tính Google có mã "{id}" (404): kiểm tra lại mã (phần giữa /d/ và /edit trong địa chỉ).',
    en: 'No Google spreadsheet has the id "{id}" (404): check the id (the part between /d/ and /edit in its address).',
  },
  'cli.googleForbidden': {
    vi: 'Không có quyền xem bảng tính "{id}" (403: {why}): chia sẻ quyền xem cho tài khoản đang dùng.',
    en: 'No permission to view spreadsheet "{id}" (403: {why}): share it (viewer) with the account in use.',
  },
  'cli.googleNotWard': {
    vi: 'Bảng tính {name} không phải sổ phường (không có trang Cấu hình và Danh mục CLB).',
    en: 'Spreadsheet {name} is not a ward workbook (no Cấu hình and Danh mục CLB sheets).',
  },
  'cli.googleSkippedUnfilled': {
    vi: 'Bỏ qua: bảng tính {name} là sổ phường chưa điền (tên phường "{ward}", {clubs} CLB).',
    en: 'Skipped: spreadsheet {name} is a ward workbook not filled in (ward name "{ward}", {clubs} clubs).',
  },
  'cli.googleFolderMissing': {
    vi: 'Không tìm thấy thư mục Drive "{id}", hoặc tài khoản không có quyền xem nó.',
    en: 'Drive folder "{id}" was not found, or the account cannot view it.',
  },
  'cli.googleFolderEmpty': {
    vi: 'Thư mục Drive "{id}" không có bảng tính Google nào (tệp .xlsx trên Drive cần mở bằng Google Trang tính và lưu thành bảng tính Google).',
    en: 'Drive folder "{id}" holds no Google spreadsheet (an .xlsx on Drive must be opened with Google Sheets and saved as a Google spreadsheet).',
  },
  'cli.googleRetry': {
    vi: 'Google chưa trả lời được ({why}); thử lại sau {seconds} giây.',
    en: 'Google could not answer ({why}); trying again in {seconds} s.',
  },
  'cli.googleFallback': {
    vi: 'Bảng tính "{id}" chưa trả lời cả sổ trong một lần ({why}); đọc theo hai lần (tên các trang, rồi số liệu).',
    en: 'Spreadsheet "{id}" did not answer whole in one request ({why}); reading it in two (the tab names, then the values).',
  },
  'cli.googleGaveUp': {
    vi: 'Dừng: đọc bảng tính "{id}" không được sau nhiều lần thử ({why}). Các sổ đã đọc được giữ trong {folder}: chạy lại đúng lệnh này để đọc tiếp.',
    en: 'Stopped: spreadsheet "{id}" could not be read after several tries ({why}). The wards read are kept in {folder}: run the same command again to go on.',
  },
  'cli.googleDone': {
    vi: 'Đã đọc {wards} bảng tính ({cached} lấy từ {folder}); {requests} yêu cầu tới Google, {retries} lần thử lại.',
    en: 'Read {wards} spreadsheets ({cached} from {folder}); {requests} requests to Google, {retries} retries.',
  },
  'cli.provinceRefused': {
    vi: 'Không tổng hợp được vì có lỗi ở trên; tệp kết quả không được ghi.',
    en: 'Not rolled up because of the errors above; no output was written.',
  },
  'cli.provinceHeader': {
    vi: 'Chỉ tiêu – {province} – {wards} phường/xã – {period}',
    en: 'Indicators – {province} – {wards} wards – {period}',
  },
  'cli.provinceWard': {
    vi: '  {ward}: {clubs} CLB, {members} thành viên, {errors} lỗi, {warnings} cảnh báo ({source})',
    en: '  {ward}: {clubs} clubs, {members} members, {errors} errors, {warnings} warnings ({source})',
  },
  'cli.kindLine': { vi: '      {id}{title}: kỳ {forms}{due}{personal}', en: '      {id}{title}: period {forms}{due}{personal}' },
  'cli.kindDue': { vi: ', hạn {date}', en: ', due {date}' },
  'cli.kindPersonal': { vi: '; có họ tên: cần -o, không chia sẻ', en: '; names people: needs -o, do not share' },
  'cli.badKind': {
    vi: '--kind không có loại "{value}". Các loại báo cáo:\n{kinds}',
    en: '--kind has no kind "{value}". The report kinds:\n{kinds}',
  },
  'cli.kindPeriod': {
    vi: '{title} (--kind {kind}) lập cho kỳ dạng {forms}; "{value}" không phải kỳ của loại này. Không ghi tệp nào.',
    en: 'The {title} (--kind {kind}) covers periods such as {forms}; "{value}" is not one. Nothing was written.',
  },
  'cli.noKindForPeriod': {
    vi: 'Không loại báo cáo nào lập cho kỳ "{value}". Chọn --kind và một kỳ của loại đó:\n{kinds}',
    en: 'No report kind covers the period "{value}". Choose --kind and one of its periods:\n{kinds}',
  },
  'cli.periodNotEnded': {
    vi: 'Chưa lập được {title} cho {period}: kỳ này đến hết ngày {end} mới kết thúc (hôm nay {today}). Muốn lập bản tạm tính (tiêu đề ghi "tạm tính đến ngày {today}") thì thêm --provisional. Không ghi tệp nào.',
    en: 'The {title} for {period} cannot be made yet: the period ends on {end} (today is {today}). For a provisional report (its title says "tạm tính đến ngày {today}"), add --provisional. Nothing was written.',
  },
  'cli.periodNotBegun': {
    vi: 'Chưa lập được {title} cho {period}: kỳ này bắt đầu từ ngày {start} (hôm nay {today}), chưa có số liệu. Không ghi tệp nào.',
    en: 'The {title} for {period} cannot be made: the period begins on {start} (today is {today}), so there are no figures yet. Nothing was written.',
  },
  'cli.provisionalIgnored': {
    vi: 'Lưu ý: {period} đã kết thúc ngày {end}, nên báo cáo là bản chính thức (không cần --provisional).',
    en: 'Note: {period} ended on {end}, so the report is the final one (--provisional is not needed).',
  },
  'cli.wardUnfilled': {
    vi: 'Tệp "{path}" là sổ phường chưa điền: chưa CLB nào có thành viên ({clubs} CLB trong Danh mục CLB). Nhập thành viên vào trang của từng CLB rồi chạy lại; không ghi báo cáo nào.',
    en: 'File "{path}" is a ward workbook not filled in: no club has any member ({clubs} clubs in Danh mục CLB). Enter the members in each club\'s sheet and run again; no report was written.',
  },
  'cli.reportVietnameseOnly': {
    vi: 'Báo cáo là văn bản hành chính, chỉ lập bằng tiếng Việt: bỏ --lang en rồi chạy lại. Không ghi tệp nào.',
    en: 'Reports are official Vietnamese documents and are produced in Vietnamese only: run the command again without --lang en (its messages will then be in Vietnamese). Nothing was written.',
  },
  'cli.personalNeedsOutput': {
    vi: '{title} ghi họ tên, năm sinh từng người nên chỉ được ghi vào nơi bạn chỉ định: thêm -o <tệp.docx> trong thư mục chỉ cán bộ phụ trách mở được. Không ghi tệp nào.',
    en: 'The {title} names people with their birth years, so it is written only where you say: add -o <file.docx> in a folder only the officers in charge can open. Nothing was written.',
  },
  'cli.usage': {
    vi: [
      'ishc – sổ theo dõi CLB Liên thế hệ tự giúp nhau (bản dòng lệnh)',
      '',
      'Cách dùng:',
      '  ishc new <so-phuong.xlsx> [--force]                 tạo sổ phường trống từ mẫu',
      '  ishc add-club <so.xlsx> --code CLB07 --name "…" --group "…" [--board-emails "a@x.vn, b@x.vn"] (-o <moi.xlsx> | --in-place)',
      '  ishc demo [thư-mục] [--place "Ngọc Trạo" --seed 7]   tạo phường mẫu, tổng hợp và báo cáo (mặc định out/demo)',
      '  ishc check <so.xlsx> [--json [--with-names]] [--period 2026]   kiểm tra dữ liệu, liệt kê lỗi theo trang và ô',
      '  ishc rollup <so.xlsx> [--period 2026|2026-H1|2026-H2|P1|P2] [-o tong-hop.xlsx] [--json [--with-names]] [--lists] [--charts THƯ_MỤC]',
      '      --lists: ghi danh sách có tên (mừng thọ, hưu trí xã hội) vào tệp riêng <…>-danh-sach-rieng.xlsx',
      '      --charts THƯ_MỤC: vẽ các biểu đồ của trang Biểu đồ thành tệp PNG trong thư mục (cần phông DejaVu Sans, Noto Sans hoặc Liberation Sans)',
      '  ishc report <so.xlsx> [--kind {kinds}] [--period 2026-H1] [-o bao-cao.docx] [--pdf] [--provisional] [--template mau.docx]',
      '      không có --kind: loại lấy theo --period (2026-H1 → h1, 2026 → year…); không có cả hai: báo cáo 6 tháng đầu năm báo cáo;',
      '      không có --period: kỳ của loại đó có hạn nộp gần hôm nay nhất. Kỳ chưa kết thúc cần --provisional (bản tạm tính).',
      '      Báo cáo chỉ lập bằng tiếng Việt. Các loại:',
      '{kindLines}',
      '  ishc province <so1.xlsx> <so2.xlsx|thư-mục> … [--period 2026] [-o tinh.xlsx] [--json]   tổng hợp nhiều phường',
      '  ishc province --google <mã1> <mã2> … | --google-folder <mã-thư-mục> [--credentials tep.json[,tep2.json…] | --access-token mã[,mã2…]]',
      '      [--cache .ishc-cache] [--quota-user 60] [--quota-project 300] [--timeout 60] [--api-root URL]   đọc sổ trên Google Trang tính',
      '  ishc templates [thư-mục]                             ghi sổ mẫu và mẫu .docx của mọi loại báo cáo (mặc định sheets-templates)',
      '',
      'Tùy chọn chung: --lang vi|en, --today yyyy-mm-dd, --help. Tệp đầu vào không bao giờ bị sửa (trừ add-club --in-place);',
      'tệp kết quả được ghi trọn vẹn hoặc không ghi (lỗi khi ghi thì tệp cũ vẫn giữ nguyên).',
      '',
      'Mã thoát: 0 xong; 1 dữ liệu có lỗi (check tìm thấy lỗi, province từ chối); 2 gõ lệnh sai (lệnh, tùy chọn, giá trị,',
      '          loại và kỳ báo cáo không khớp, kỳ chưa kết thúc mà không có --provisional, report --lang en,',
      '          add-club với mã sai hoặc đã có, tổ không có, email sai);',
      '          3 tệp đầu vào không đọc được (không có, hỏng, có mật khẩu, không phải sổ phường, sổ chưa điền);',
      '          4 không ghi được tệp kết quả hoặc lỗi khác.',
    ].join('\n'),
    en: [
      'ishc – Intergenerational Self-Help Club ward workbook (command line)',
      '',
      'Usage:',
      '  ishc new <ward.xlsx> [--force]                       create an empty ward workbook',
      '  ishc add-club <ward.xlsx> --code CLB07 --name "…" --group "…" [--board-emails "a@x.vn, b@x.vn"] (-o <new.xlsx> | --in-place)',
      '  ishc demo [dir] [--place "Ngọc Trạo" --seed 7]       demo ward, roll-up and report (default out/demo)',
      '  ishc check <ward.xlsx> [--json [--with-names]] [--period 2026]   check the data, list problems by sheet and cell',
      '  ishc rollup <ward.xlsx> [--period 2026|2026-H1|2026-H2|P1|P2] [-o rollup.xlsx] [--json [--with-names]] [--lists] [--charts DIR]',
      '      --lists: write the named lists (longevity, social pension) to a separate <…>-danh-sach-rieng.xlsx',
      '      --charts DIR: draw the charts of the Biểu đồ tab as PNG files in DIR (needs the font DejaVu Sans, Noto Sans or Liberation Sans)',
      '  ishc report <ward.xlsx> [--kind {kinds}] [--period 2026-H1] [-o report.docx] [--pdf] [--provisional] [--template t.docx]',
      '      no --kind: the kind that covers --period (2026-H1 → h1, 2026 → year…); neither: the six-month report of the',
      "      reporting year; no --period: the kind's period due nearest today. A period not ended needs --provisional.",
      '      Reports are made in Vietnamese only (no --lang en). The kinds:',
      '{kindLines}',
      '  ishc province <ward1.xlsx> <ward2.xlsx|dir> … [--period 2026] [-o province.xlsx] [--json]   roll many wards up',
      '  ishc province --google <id1> <id2> … | --google-folder <folder-id> [--credentials file.json[,file2.json…] | --access-token token[,token2…]]',
      '      [--cache .ishc-cache] [--quota-user 60] [--quota-project 300] [--timeout 60] [--api-root URL]   wards in Google Sheets',
      "  ishc templates [dir]                                 write the ward template and every report kind's .docx template (default sheets-templates)",
      '',
      'Common options: --lang vi|en, --today yyyy-mm-dd, --help. Input files are never modified (except add-club --in-place);',
      'an output is written whole or not at all (a failed write keeps the previous file).',
      '',
      'Exit codes: 0 done; 1 the data has errors (check found some, province refused); 2 the command was typed wrong',
      '            (command, option, value, a report kind and period that do not fit, a period not ended without --provisional,',
      '            report --lang en, add-club with a bad or used code, an unknown group, a bad e-mail); 3 an input file',
      '            cannot be read (missing, damaged, password-protected, not a ward workbook, a ward workbook not filled in);',
      '            4 an output could not be written, or another failure.',
    ].join('\n'),
  },
  'setting.unknown': {
    vi: 'Thông số "{key}" không được dùng; kiểm tra lại cột Mã.',
    en: 'Setting "{key}" is not used; check the key column.',
  },
  'setting.belowMin': {
    vi: '"{given}" nhỏ hơn mức tối thiểu {min} của "{setting}": giá trị này không được dùng, sổ dùng mặc định {default}.',
    en: '"{given}" is below the minimum {min} of "{setting}": it is not used, the default {default} is.',
  },
  'setting.aboveMax': {
    vi: '"{given}" lớn hơn mức tối đa {max} của "{setting}": giá trị này không được dùng, sổ dùng mặc định {default}.',
    en: '"{given}" is above the maximum {max} of "{setting}": it is not used, the default {default} is.',
  },
  'target.unknown': { vi: 'Mã chỉ tiêu "{id}" không tồn tại.', en: 'Indicator id "{id}" does not exist.' },
  // Sổ báo cáo (report/register.ts), the reporting calendar (report/calendar.ts), completeness and timeliness (report/completeness.ts).
  'register.col.kind': { vi: 'Loại báo cáo', en: 'Report' },
  'register.col.period': { vi: 'Kỳ báo cáo', en: 'Period' },
  'register.col.created': { vi: 'Thời điểm lập', en: 'Created' },
  'register.col.by': { vi: 'Người lập', en: 'Created by' },
  'register.col.doc': { vi: 'Bản Google Docs', en: 'Google Doc' },
  'register.col.pdf': { vi: 'Bản PDF', en: 'PDF' },
  'register.col.fingerprint': { vi: 'Dấu số liệu', en: 'Data fingerprint' },
  'register.col.provisional': { vi: 'Tạm tính', en: 'Provisional' },
  'register.yes': { vi: 'có', en: 'yes' },
  'lock.tab': { vi: 'Số liệu đã chốt', en: 'Locked figures' },
  'menu.lock': { vi: 'Chốt số liệu kỳ báo cáo', en: 'Lock a reported period' },
  'menu.unlock': { vi: 'Mở khóa kỳ đã chốt', en: 'Unlock a locked period' },
  'lock.badPeriod': {
    vi: '"{value}" không phải mã kỳ báo cáo (ví dụ {example}).',
    en: '"{value}" is not a period code (for example {example}).',
  },
  'lock.done': {
    vi: 'Đã chốt số liệu kỳ {period} lúc {at}. Báo cáo kỳ này lập từ số liệu đã chốt; sửa đổi sau sẽ được báo trong Kiểm tra.',
    en: 'Locked the figures of {period} at {at}. Reports on it use the locked figures; later edits are flagged in Kiểm tra.',
  },
  'lock.already': {
    vi: 'Kỳ {period} đã được chốt lúc {at}; không chốt lại.',
    en: '{period} was already locked at {at}; not locked again.',
  },
  'lock.notLocked': { vi: 'Kỳ {period} chưa được chốt.', en: '{period} is not locked.' },
  'lock.damaged': {
    vi: 'Bản chốt số liệu kỳ {period} (lúc {at}) bị hỏng: thiếu phần hoặc đã bị sửa tay trong tab Số liệu đã chốt, nên không được dùng; báo cáo kỳ này đang lập theo sổ hiện nay. Hãy chốt lại kỳ {period}.',
    en: 'The locked figures of {period} (locked at {at}) are damaged: a piece is missing or was edited by hand in the locked-figures tab, so they are not used; reports on this period follow the workbook as it is now. Lock {period} again.',
  },
  'lock.notEnded': {
    vi: 'Kỳ {period} chưa kết thúc (đến hết ngày {end}); chỉ chốt số liệu một kỳ đã kết thúc.',
    en: '{period} has not ended (it runs to {end}); only a period that has ended can be locked.',
  },
  'report.fromLock': {
    vi: 'Kỳ {period} đã chốt số liệu lúc {at}: báo cáo lập từ số liệu đã chốt.',
    en: '{period} was locked at {at}: the report is made from the locked figures.',
  },
  'lock.undone': { vi: 'Đã mở khóa kỳ {period}.', en: 'Unlocked {period}.' },
  'lock.col.period': { vi: 'Kỳ báo cáo', en: 'Period' },
  'lock.col.action': { vi: 'Thao tác', en: 'Action' },
  'lock.col.at': { vi: 'Thời điểm', en: 'When' },
  'lock.col.by': { vi: 'Người thực hiện', en: 'By' },
  'lock.col.fingerprint': { vi: 'Dấu số liệu', en: 'Data fingerprint' },
  'lock.col.part': { vi: 'Phần', en: 'Part' },
  'lock.col.data': { vi: 'Dữ liệu (tiện ích ghi, không sửa)', en: 'Data (written by the add-on, do not edit)' },
  'lock.action.lock': { vi: 'chốt', en: 'lock' },
  'lock.action.unlock': { vi: 'mở khóa', en: 'unlock' },
  'lock.changed': {
    vi: 'Kỳ {period} đã chốt số liệu ngày {at}, nhưng sổ hiện nay cho {name}: {old} → {new}. Nếu sửa là đúng, mở khóa kỳ, lập lại báo cáo rồi chốt lại.',
    en: 'Period {period} was locked on {at}, but the workbook now gives {name}: {old} → {new}. If the edit is right, unlock the period, make the report again and lock it again.',
  },
  'lock.changedClub': {
    vi: 'Kỳ {period} đã chốt số liệu ngày {at}, nhưng sổ hiện nay cho {club} – {name}: {old} → {new}. Nếu sửa là đúng, mở khóa kỳ, lập lại báo cáo rồi chốt lại.',
    en: 'Period {period} was locked on {at}, but the workbook now gives {club} – {name}: {old} → {new}. If the edit is right, unlock the period, make the report again and lock it again.',
  },
  'register.no': { vi: 'không', en: 'no' },
  'calendar.due': { vi: 'Đến hạn {report}: hạn nộp {date}.', en: 'Due: {report}, by {date}.' },
  'calendar.dueWithState': { vi: 'Đến hạn {report}: hạn nộp {date}; {state}.', en: 'Due: {report}, by {date}; {state}.' },
  'calendar.toastTitle': { vi: 'Lịch báo cáo', en: 'Reporting calendar' },
  'calendar.notMade': { vi: 'chưa có trong Sổ báo cáo', en: 'not yet in the report register' },
  'calendar.made': { vi: 'đã lập ngày {date} (Sổ báo cáo)', en: 'made on {date} (report register)' },
  'calendar.madeProvisional': {
    vi: 'Sổ báo cáo mới có bản tạm tính lập ngày {date}',
    en: 'the report register holds only a provisional report, made on {date}',
  },
  'completeness.title': {
    vi: 'MỨC ĐẦY ĐỦ SỐ LIỆU {period}: {rate} ({reported}/{expected} tháng có sổ sinh hoạt và sổ quỹ)',
    en: 'DATA COMPLETENESS, {period}: {rate} ({reported}/{expected} months with meeting and fund rows)',
  },
  'completeness.subtitle': {
    vi: 'Mỗi CLB đang hoạt động cần một dòng sinh hoạt và một dòng quỹ cho mỗi tháng, từ ngày thành lập đến hôm nay.',
    en: 'Each active club needs a meeting row and a fund row for each month, from its founding to today.',
  },
  'completeness.none': { vi: 'Không có CLB nào đang hoạt động trong kỳ.', en: 'No club was active in the period.' },
  'completeness.missingMeetings': { vi: 'thiếu sinh hoạt {months}', en: 'no meeting in {months}' },
  'completeness.missingFunds': { vi: 'thiếu dòng quỹ {months}', en: 'no fund row for {months}' },
  'completeness.ward': { vi: 'Toàn phường', en: 'Whole ward' },
  'col.completeness.expected': { vi: 'Số tháng cần báo cáo', en: 'Months expected' },
  'col.completeness.meetings': { vi: 'Tháng có sinh hoạt', en: 'Months with a meeting' },
  'col.completeness.funds': { vi: 'Tháng có dòng quỹ', en: 'Months with a fund row' },
  'col.completeness.rate': { vi: 'Tỷ lệ báo cáo', en: 'Reporting rate' },
  'col.completeness.missing': { vi: 'Còn thiếu', en: 'Missing' },
  'timeliness.title': { vi: 'BÁO CÁO ĐÚNG HẠN', en: 'REPORTS ON TIME' },
  'col.timeliness.report': { vi: 'Báo cáo', en: 'Report' },
  'col.timeliness.due': { vi: 'Hạn nộp', en: 'Due' },
  'col.timeliness.created': { vi: 'Ngày lập', en: 'Made on' },
  'timeliness.onTime': { vi: 'Đúng hạn', en: 'On time' },
  'timeliness.late': { vi: 'Chậm hạn', en: 'Late' },
  'timeliness.missing': { vi: 'Quá hạn, chưa lập', en: 'Overdue, not made' },
  'timeliness.pending': { vi: 'Sắp đến hạn, chưa lập', en: 'Due soon, not made' },
  'timeliness.provisional': { vi: 'Mới có bản tạm tính', en: 'Provisional only' },
  // The report wizard sidebar (src/ui/ReportWizard.html, src/gas/pages.ts, core/report/wizard.ts).
  'menu.reportWizard': { vi: 'Lập báo cáo (trợ lý)…', en: 'Make a report (wizard)…' },
  'wizard.title': { vi: 'Lập báo cáo', en: 'Make a report' },
  'wizard.loading': { vi: 'Đang tải…', en: 'Loading…' },
  'wizard.kind': { vi: 'Loại báo cáo', en: 'Report' },
  'wizard.period': { vi: 'Kỳ báo cáo', en: 'Period' },
  'wizard.wholeYear': { vi: 'Cả năm {year}', en: 'Whole year {year}' },
  'wizard.due': { vi: 'Hạn nộp {date}.', en: 'Due {date}.' },
  'wizard.notEnded': {
    vi: 'Kỳ này chưa kết thúc (đến {end}). Chỉ lập được báo cáo tạm tính.',
    en: 'This period has not ended (it runs to {end}). Only a provisional report can be made.',
  },
  'wizard.provisional': { vi: 'Lập báo cáo tạm tính (số liệu đến hôm nay)', en: 'Make a provisional report (figures to today)' },
  'wizard.needProvisional': {
    vi: 'Kỳ chưa kết thúc: đánh dấu "tạm tính" để lập báo cáo.',
    en: 'The period has not ended: tick "provisional" to make the report.',
  },
  'wizard.step.choose': { vi: '1. Chọn báo cáo và kỳ', en: '1. Choose the report and period' },
  'wizard.step.narrative': { vi: '2. Nội dung đánh giá', en: '2. Assessment text' },
  'wizard.step.make': { vi: '3. Lập báo cáo', en: '3. Make the report' },
  'wizard.step.pdf': { vi: '4. Sửa bản Doc, rồi xuất PDF', en: '4. Edit the Doc, then export the PDF' },
  'wizard.narrativeHelp': {
    vi: 'Mỗi dòng là một đoạn văn trong báo cáo. Lưu vào trang "Nội dung báo cáo" cho kỳ {period}.',
    en: 'Each line is one paragraph of the report. Saved in the "Nội dung báo cáo" tab for period {period}.',
  },
  'wizard.narrativeNone': {
    vi: 'Danh sách không có phần nội dung đánh giá.',
    en: 'Lists have no assessment text.',
  },
  'wizard.section.strengths': { vi: 'Ưu điểm', en: 'Strengths' },
  'wizard.section.weaknesses': { vi: 'Hạn chế', en: 'Weaknesses' },
  'wizard.section.causes': { vi: 'Nguyên nhân', en: 'Causes' },
  'wizard.section.plans': { vi: 'Phương hướng, nhiệm vụ', en: 'Next steps' },
  'wizard.section.proposals': { vi: 'Đề xuất, kiến nghị', en: 'Proposals' },
  'wizard.save': { vi: 'Lưu nội dung', en: 'Save the text' },
  'wizard.saving': { vi: 'Đang lưu…', en: 'Saving…' },
  'wizard.saved': { vi: 'Đã lưu {rows} ô trong trang "Nội dung báo cáo".', en: 'Saved {rows} cells in the "Nội dung báo cáo" tab.' },
  'wizard.unchanged': { vi: 'Không có gì thay đổi.', en: 'Nothing changed.' },
  'wizard.unsaved': { vi: 'Nội dung chưa lưu sẽ được lưu trước khi lập báo cáo.', en: 'Unsaved text is saved before the report is made.' },
  'wizard.noNarrativeTab': {
    vi: 'Sổ chưa có trang "Nội dung báo cáo" (hoặc trang không có dòng tiêu đề Kỳ báo cáo / Phần / Nội dung). Chạy "Thiết lập sổ phường" để tạo trang.',
    en: 'The workbook has no "Nội dung báo cáo" tab (or it lacks the Kỳ báo cáo / Phần / Nội dung header row). Run "Set up ward workbook" to make it.',
  },
  'wizard.narrativeFull': {
    vi: 'Trang "Nội dung báo cáo" không còn dòng trống dưới bảng (có bảng khác ngay bên dưới). Thêm dòng trống vào bảng rồi lưu lại.',
    en: 'The "Nội dung báo cáo" tab has no blank row left under its table (another table follows it). Insert blank rows into the table and save again.',
  },
  'wizard.make': { vi: 'Tạo báo cáo', en: 'Make the report' },
  'wizard.making': { vi: 'Đang tạo báo cáo…', en: 'Making the report…' },
  'wizard.made': { vi: 'Đã tạo báo cáo.', en: 'The report is made.' },
  'wizard.openDoc': { vi: 'Mở bản Google Doc', en: 'Open the Google Doc' },
  'wizard.openFolder': { vi: 'Mở thư mục báo cáo', en: 'Open the report folder' },
  'wizard.pdf': { vi: 'Xuất PDF', en: 'Export PDF' },
  'wizard.pdfHelp': {
    vi: 'Sửa bản Doc nếu cần, rồi bấm Xuất PDF: PDF được làm từ bản Doc đã sửa.',
    en: 'Edit the Doc if needed, then press Export PDF: the PDF is made from the edited Doc.',
  },
  'wizard.exporting': { vi: 'Đang xuất PDF…', en: 'Exporting the PDF…' },
  'wizard.openPdf': { vi: 'Mở bản PDF', en: 'Open the PDF' },
  'wizard.problems': { vi: 'Cần sửa trước khi lập báo cáo', en: 'To fix before making the report' },
  'wizard.notWard': {
    vi: 'Bảng tính này không phải sổ phường (không có trang Cấu hình và Danh mục CLB). Chạy "Thiết lập sổ phường" trước.',
    en: 'This spreadsheet is not a ward workbook (no Cấu hình and Danh mục CLB tabs). Run "Set up ward workbook" first.',
  },
  'wizard.unfilled': {
    vi: 'Sổ phường chưa điền: chưa CLB nào có thành viên ({clubs} CLB trong Danh mục CLB). Nhập thành viên vào trang của từng CLB.',
    en: "The ward workbook is not filled in: no club has any member ({clubs} clubs in Danh mục CLB). Enter the members in each club's tab.",
  },
  'wizard.goToCell': { vi: 'Đến ô {sheet}!{a1}', en: 'Go to {sheet}!{a1}' },
  'wizard.register': { vi: 'Sổ báo cáo', en: 'Report register' },
  'wizard.registerEmpty': { vi: 'Chưa có báo cáo nào.', en: 'No report made yet.' },
  'wizard.registerProvisional': { vi: 'tạm tính', en: 'provisional' },
  'wizard.refresh': { vi: 'Tải lại', en: 'Reload' },
  'wizard.failed': { vi: 'Không thực hiện được: {message}', en: 'Could not do it: {message}' },
  'wizard.step.lock': { vi: '5. Chốt số liệu', en: '5. Lock the figures' },
  'wizard.lockHelp': {
    vi: 'Sau khi đã gửi báo cáo, chốt số liệu kỳ này: báo cáo kỳ này về sau luôn lập đúng như bản đã gửi, và Kiểm tra sẽ báo mọi chỗ sửa sổ làm đổi số liệu đã chốt.',
    en: 'Once the report is sent, lock this period: its report is then always made exactly as sent, and Check reports every later edit that changes the locked figures.',
  },
  'wizard.lockedAt': { vi: 'Kỳ này đã chốt số liệu lúc {at} ({by}).', en: 'This period was locked at {at} ({by}).' },
  'wizard.lockDamaged': {
    vi: 'Bản chốt kỳ này (lúc {at}) bị hỏng nên không được dùng; hãy chốt lại.',
    en: 'The lock of this period (at {at}) is damaged and not used; lock it again.',
  },
  'wizard.notLocked': { vi: 'Kỳ này chưa chốt số liệu.', en: 'This period is not locked.' },
  'wizard.lockNotEnded': { vi: 'Chỉ chốt được khi kỳ đã kết thúc.', en: 'A period can be locked once it has ended.' },
  'wizard.lock': { vi: 'Chốt số liệu kỳ này', en: 'Lock this period' },
  'wizard.unlock': { vi: 'Mở khóa kỳ này', en: 'Unlock this period' },
  'wizard.lockConfirm': {
    vi: 'Chốt số liệu {period} như sổ hiện nay?',
    en: 'Lock {period} with the figures as they are now?',
  },
  'wizard.unlockConfirm': {
    vi: 'Mở khóa {period}? Báo cáo kỳ này sẽ lập theo sổ hiện nay.',
    en: 'Unlock {period}? Its report will follow the workbook as it is now.',
  },
  'wizard.confirm': { vi: 'Đồng ý', en: 'Confirm' },
  'wizard.cancel': { vi: 'Hủy', en: 'Cancel' },
  'wizard.locking': { vi: 'Đang thực hiện…', en: 'Working…' },
  // The add-on's dialogs: Thêm câu lạc bộ, Cài đặt phường (src/ui/AddClub.html, Settings.html; core/dialogs/).
  'dialog.problems': { vi: 'Cần xử lý trước', en: 'To deal with first' },
  'dialog.close': { vi: 'Đóng', en: 'Close' },
  'dialog.cancel': { vi: 'Hủy', en: 'Cancel' },
  'dialog.failed': { vi: 'Không thực hiện được: {message}', en: 'Could not do it: {message}' },
  'dialog.goToSheet': { vi: 'Mở trang {sheet}', en: 'Open the {sheet} tab' },
  'addClub.intro': {
    vi: 'Tạo trang tính của CLB (sổ thành viên, sinh hoạt, quỹ, cho vay, tập huấn) và thêm một dòng vào trang Danh mục CLB.',
    en: 'Makes the club’s tab (members, meetings, funds, loans, trainings) and adds its row to the Danh mục CLB tab.',
  },
  'addClub.code': { vi: 'Mã CLB', en: 'Club code' },
  'addClub.codeHelp': {
    vi: 'Cũng là tên trang tính của CLB: chữ, số, dấu gạch, tối đa 30 ký tự.',
    en: 'Also the name of the club’s tab: letters, digits, dashes, at most 30 characters.',
  },
  'addClub.codeExample': { vi: 'ví dụ {example}', en: 'e.g. {example}' },
  'addClub.name': { vi: 'Tên câu lạc bộ', en: 'Club name' },
  'addClub.namePlaceholder': { vi: 'ví dụ CLB Liên thế hệ tổ dân phố 7', en: 'e.g. CLB Liên thế hệ tổ dân phố 7' },
  'addClub.group': { vi: 'Tổ dân phố / thôn', en: 'Residential group' },
  'addClub.groupPick': { vi: '— Chọn tổ dân phố —', en: '— Choose a group —' },
  'addClub.boardEmails': { vi: 'Email Ban chủ nhiệm (không bắt buộc)', en: 'Board e-mails (optional)' },
  'addClub.boardHelp': {
    vi: 'Các email cách nhau bằng dấu phẩy. Ban chủ nhiệm được sửa trang của CLB mình.',
    en: 'E-mails separated by commas. The board may edit its own club’s tab.',
  },
  'addClub.submit': { vi: 'Thêm câu lạc bộ', en: 'Add the club' },
  'addClub.working': { vi: 'Đang tạo trang {code} và dòng danh mục…', en: 'Making the {code} tab and its registry row…' },
  'addClub.openTab': { vi: 'Mở trang {code}', en: 'Open the {code} tab' },
  'addClub.another': { vi: 'Thêm CLB khác', en: 'Add another club' },
  'addClub.emptyCode': { vi: 'Nhập mã CLB, ví dụ {example}.', en: 'Enter a club code, e.g. {example}.' },
  'addClub.noGroup': { vi: 'Chọn tổ dân phố của CLB.', en: 'Choose the club’s residential group.' },
  'addClub.unknownGroup': {
    vi: '"{group}" không có trong trang Tổ dân phố. Chọn một tổ trong danh sách.',
    en: '"{group}" is not in the Tổ dân phố tab. Choose a group from the list.',
  },
  'addClub.noGroups': {
    vi: 'Trang "Tổ dân phố" chưa có tổ nào. Nhập mã và tên các tổ dân phố vào trang đó, rồi mở lại hộp thoại này.',
    en: 'The "Tổ dân phố" tab lists no group yet. Enter the groups’ codes and names there, then open this dialog again.',
  },
  'addClub.fixFields': { vi: 'Chưa thêm: sửa các ô được đánh dấu.', en: 'Not added: fix the marked fields.' },
  'menu.settings': { vi: 'Cài đặt phường…', en: 'Ward settings…' },
  'roles.action.settings': { vi: 'thay đổi cài đặt phường', en: 'change the ward settings' },
  'settings.title': { vi: 'Cài đặt phường', en: 'Ward settings' },
  'settings.intro': {
    vi: 'Các giá trị này nằm ở trang "Cấu hình" và "Chỉ tiêu". Chỉ những ô bạn sửa mới được ghi.',
    en: 'These values live in the "Cấu hình" and "Chỉ tiêu" tabs. Only the fields you change are written.',
  },
  'settings.section.ward': { vi: 'Phường và năm báo cáo', en: 'Ward and reporting year' },
  'settings.section.people': { vi: 'Người phụ trách', en: 'Who is in charge' },
  'settings.section.standard': { vi: 'Chuẩn CLB', en: 'Club standard' },
  'settings.section.targets': { vi: 'Chỉ tiêu kế hoạch', en: 'Plan targets' },
  'settings.section.other': { vi: 'Thông số khác (báo cáo, hưu trí xã hội…)', en: 'Other settings (reports, social pension…)' },
  'settings.help.ward': {
    vi: 'Tên phường, tỉnh in trên báo cáo; năm báo cáo là kỳ mặc định khi tổng hợp.',
    en: 'Ward and province as printed on reports; the reporting year is the default roll-up period.',
  },
  'settings.help.people': {
    vi: 'Cán bộ phụ trách chạy được mọi chức năng và sửa mọi trang; lãnh đạo chỉ xem.',
    en: 'Ward officers run every action and edit every tab; leaders read.',
  },
  'settings.help.standard': {
    vi: 'CLB đạt chuẩn khi số thành viên và tỷ lệ nữ, người cao tuổi nằm trong các khoảng này.',
    en: 'A club meets the standard when its members and its shares of women and older people lie in these ranges.',
  },
  'settings.help.targets': {
    vi: 'Chỉ tiêu mỗi giai đoạn, ví dụ ≥ 300; 40–50%; 100%. Để trống nếu không giao.',
    en: 'The target of each phase, e.g. ≥ 300; 40–50%; 100%. Leave blank when none is set.',
  },
  'settings.help.other': { vi: 'Thường không cần sửa.', en: 'Rarely changed.' },
  'settings.phase': { vi: '{phase}', en: '{phase}' },
  'settings.unit.money': { vi: 'đồng', en: 'VND' },
  'settings.range': { vi: 'từ {min} đến {max}', en: 'from {min} to {max}' },
  'settings.atLeast': { vi: 'ít nhất {min}', en: 'at least {min}' },
  'settings.emailsHint': { vi: 'các email cách nhau bằng dấu phẩy', en: 'e-mails separated by commas' },
  'settings.save': { vi: 'Lưu cài đặt', en: 'Save the settings' },
  'settings.saving': { vi: 'Đang lưu…', en: 'Saving…' },
  'settings.saved': { vi: 'Đã lưu {count} ô: {fields}.', en: 'Saved {count} cells: {fields}.' },
  'settings.unchanged': { vi: 'Không có gì thay đổi.', en: 'Nothing changed.' },
  'settings.changedCount': { vi: '{count} ô đã sửa, chưa lưu.', en: '{count} fields changed, not saved yet.' },
  'settings.refused': {
    vi: 'Chưa lưu gì: {count} ô có giá trị không hợp lệ (đánh dấu đỏ). Sửa rồi lưu lại.',
    en: 'Nothing was saved: {count} fields hold values that are not valid (marked in red). Fix them and save again.',
  },
  'settings.required': { vi: 'Cần nhập một số.', en: 'A number is needed.' },
  'settings.belowMin': { vi: '"{value}" nhỏ hơn mức tối thiểu {min}.', en: '"{value}" is below the minimum {min}.' },
  'settings.aboveMax': { vi: '"{value}" lớn hơn mức tối đa {max}.', en: '"{value}" is above the maximum {max}.' },
  'settings.minAboveMax': {
    vi: 'Mức tối đa ({max}) nhỏ hơn mức tối thiểu ({min}).',
    en: 'The maximum ({max}) is below the minimum ({min}).',
  },
  'settings.noTable': {
    vi: 'Không tìm thấy bảng thông số (Mã / Thông số / Giá trị) trong trang "Cấu hình". Chạy "Thiết lập sổ phường" trước.',
    en: 'The settings table (Mã / Thông số / Giá trị) was not found in the "Cấu hình" tab. Run "Set up ward workbook" first.',
  },
  'settings.noTargets': {
    vi: 'Không tìm thấy bảng chỉ tiêu trong trang "Chỉ tiêu": các chỉ tiêu không sửa được ở đây.',
    en: 'The targets table was not found in the "Chỉ tiêu" tab: targets cannot be changed here.',
  },
  'setup.defaultTabRemoved': {
    vi: 'Đã xóa trang trống "{sheet}" của bảng tính mới.',
    en: 'Removed the new spreadsheet’s empty "{sheet}" tab.',
  },
};

/**
 * Issue messages as every reader of the shared workbook sees them (the Kiểm tra tab) and as the JSON
 * outputs carry them by default: without the parameters that are personal data. `personal` names
 * those parameters of the full message: a member's name, birth year or age, and a cell's raw value
 * or what it was read as (a value can be anything typed, a name or a birth date included). The text
 * uses none of them; the link to the cell stays, so whoever may open the club tab finds the value
 * there. `{thisRow}` is the row of the issue's own cell. The full message stays where the data
 * already is (the on-edit note in the club tab) and where only officers read it (the private lists,
 * the terminal, `--with-names`). test/core/output/redact.test.ts fails for an issue message with a personal
 * parameter and no variant here.
 */
const REDACTED = {
  'value.date.invalid': {
    personal: ['value'],
    vi: 'Không phải ngày hợp lệ. Nhập dạng dd/mm/yyyy, ví dụ 05/06/2026.',
    en: 'Not a valid date. Type it as dd/mm/yyyy, e.g. 05/06/2026.',
  },
  'value.date.twoDigitYear': {
    personal: ['value', 'year'],
    vi: 'Năm chỉ ghi hai chữ số. Nên ghi đủ bốn chữ số.',
    en: 'The year has only two digits. Write all four digits.',
  },
  'value.number.invalid': {
    personal: ['value'],
    vi: 'Không phải số. Viết ví dụ 1.000.000 hoặc 25 triệu.',
    en: 'Not a number. Write e.g. 1.000.000 or 25 triệu.',
  },
  'value.integer.invalid': { personal: ['value'], vi: 'Phải là số nguyên.', en: 'Must be a whole number.' },
  'value.year.invalid': {
    personal: ['value'],
    vi: 'Không phải năm sinh hoặc ngày sinh. Ghi năm (1950) hoặc ngày (05/06/1950).',
    en: 'Not a birth year or date. Write a year (1950) or a date (05/06/1950).',
  },
  'value.year.separator': {
    personal: ['value', 'year'],
    vi: 'Năm sinh có dấu chấm hoặc dấu phẩy. Ghi năm không có dấu, ví dụ 1950.',
    en: 'The birth year has a separator. Write it without one, e.g. 1950.',
  },
  'value.choice.misspelt': {
    personal: ['value', 'suggestion'],
    vi: 'Giá trị viết khác danh sách. Chọn lại từ danh sách.',
    en: 'The value is spelt differently from the list. Choose it from the list.',
  },
  'value.choice.invalid': {
    personal: ['value'],
    vi: 'Giá trị không có trong danh sách. Chọn một trong: {options}.',
    en: 'The value is not in the list. Choose one of: {options}.',
  },
  'value.yesNo.invalid': {
    personal: ['value'],
    vi: 'Không rõ là Có hay Không. Chọn Có hoặc Không.',
    en: 'Neither Có nor Không. Choose Có or Không.',
  },
  'value.month.invalid': {
    personal: ['value'],
    vi: 'Không phải tháng. Ghi dạng mm/yyyy, ví dụ 06/2026.',
    en: 'Not a month. Write mm/yyyy, e.g. 06/2026.',
  },
  'value.email.invalid': { personal: ['value'], vi: 'Không phải địa chỉ email hợp lệ.', en: 'Not a valid e-mail address.' },
  'value.target.invalid': {
    personal: ['value'],
    vi: 'Không phải chỉ tiêu hợp lệ. Ghi ví dụ ≥ 300, 40–50% hoặc 100%.',
    en: 'Not a valid target. Write e.g. ≥ 300, 40–50% or 100%.',
  },
  'value.belowMin': {
    personal: ['value'],
    vi: 'Nhỏ hơn mức tối thiểu {min} của "{column}".',
    en: 'Below the minimum {min} for "{column}".',
  },
  'value.aboveMax': {
    personal: ['value'],
    vi: 'Lớn hơn mức tối đa {max} của "{column}".',
    en: 'Above the maximum {max} for "{column}".',
  },
  'rule.member.age': {
    personal: ['age'],
    vi: 'Tuổi nằm ngoài khoảng 0–120; kiểm tra lại năm sinh.',
    en: 'The age is outside 0–120; check the birth year.',
  },
  'rule.member.duplicateInClub': {
    personal: ['name', 'year'],
    vi: 'Một người có hai dòng trong CLB này (dòng {row} và {thisRow}). Xóa dòng trùng.',
    en: 'One person has two rows in this club (rows {row} and {thisRow}). Delete the duplicate row.',
  },
  'rule.member.duplicateAcrossClubs': {
    personal: ['name', 'year'],
    vi: 'Cùng họ tên và năm sinh với một thành viên CLB {other} (ô {cell}). Kiểm tra xem có phải một người không.',
    en: 'Same name and birth year as a member of club {other} (cell {cell}). Check whether this is the same person.',
  },
  'rule.loan.notMember': {
    personal: ['name'],
    vi: 'Người vay không có trong sổ thành viên của CLB. Ghi đúng họ tên như trong sổ.',
    en: "The borrower is not in the club's member register. Use the name as registered.",
  },
  'rule.training.notMember': {
    personal: ['name'],
    vi: 'Người được tập huấn không có trong sổ thành viên của CLB.',
    en: "The trainee is not in the club's member register.",
  },
} as const satisfies { [K in keyof typeof MESSAGES]?: { personal: readonly string[]; vi: string; en: string } };

export type RedactedKey = keyof typeof REDACTED;

/** The personal parameters of a message, and its text without them; undefined when it has none. */
export function redactedVariant(key: string): { personal: readonly string[]; vi: string; en: string } | undefined {
  return Object.hasOwn(REDACTED, key) ? REDACTED[key as RedactedKey] : undefined;
}

export const REDACTED_KEYS = Object.keys(REDACTED) as RedactedKey[];

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;

export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES, key);
}

export function translate(key: MessageKey, params: MessageParams = {}, lang: Lang = 'vi'): string {
  const template = MESSAGES[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A message as the shared tabs show it: the redacted variant when the message has personal parameters. */
export function translateShared(key: MessageKey, params: MessageParams = {}, lang: Lang = 'vi'): string {
  const variant = redactedVariant(key);
  if (!variant) return translate(key, params, lang);
  return variant[lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params && !variant.personal.includes(name) ? String(params[name]) : whole,
  );
}

export const MESSAGE_KEYS = Object.keys(MESSAGES) as MessageKey[];
