<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="63"/>
        <source>活动名称或地点</source>
        <translation>Activity name or place</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="65"/>
        <source>新建活动…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="71"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="72"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="73"/>
        <location filename="../../ui/pages/activities_page.py" line="85"/>
        <location filename="../../ui/pages/activities_page.py" line="86"/>
        <source>活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="74"/>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="75"/>
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="76"/>
        <location filename="../../ui/pages/activities_page.py" line="100"/>
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="77"/>
        <location filename="../../ui/pages/activities_page.py" line="100"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="92"/>
        <source>请在左侧选择一个活动</source>
        <translation>Choose an activity on the left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="99"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="102"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="103"/>
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="104"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="105"/>
        <source>出勤</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="106"/>
        <source>签到</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="107"/>
        <source>签退</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="108"/>
        <source>时长确认</source>
        <translation>Hours confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="109"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="114"/>
        <source>编辑活动…</source>
        <translation>Edit activity…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="116"/>
        <source>报名服务对象…</source>
        <translation>Sign up service users…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="118"/>
        <source>报名志愿者…</source>
        <translation>Sign up volunteers…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="120"/>
        <location filename="../../ui/pages/activities_page.py" line="255"/>
        <source>取消报名</source>
        <translation>Cancel sign-up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="125"/>
        <source>空白行 </source>
        <translation>Blank rows </translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="126"/>
        <source>仅志愿者</source>
        <translation>Volunteers only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="127"/>
        <source>打印签到表…</source>
        <translation>Print sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="129"/>
        <source>录入签到表…</source>
        <translation>Enter sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="186"/>
        <source>日期时间：{d} {s}-{e}&#x3000;地点：{p}</source>
        <translation>When: {d} {s}-{e}   Where: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="189"/>
        <source>组织单位：{o}&#x3000;负责人：{l}</source>
        <translation>Organiser: {o}   Leader: {l}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="190"/>
        <source>项目：{p}&#x3000;队伍：{t}&#x3000;类型：{k}&#x3000;服务对象：{g}</source>
        <translation>Project: {p}   Team: {t}   Type: {k}   Service users: {g}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="196"/>
        <source>报名：服务对象 {s} 人，志愿者 {v} 人{cap}；已到 {c} 人</source>
        <translation>Signed up: {s} service users, {v} volunteers{cap}; {c} present</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="200"/>
        <source>（名额 {n}）</source>
        <translation> (places: {n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="238"/>
        <source>报名志愿者</source>
        <translation>Sign up volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="238"/>
        <source>报名服务对象</source>
        <translation>Sign up service users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="255"/>
        <source>取消 {name} 的报名？</source>
        <translation>Cancel {name}&apos;s sign-up?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="264"/>
        <source>正在生成签到表…</source>
        <translation>Building the sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="269"/>
        <source>签到表</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="276"/>
        <source>录入签到表</source>
        <translation>Enter sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="276"/>
        <source>此活动还没有人报名。请先报名，再打印签到表。</source>
        <translation>Nobody has signed up for this activity yet. Sign people up first, then print the sign-in sheet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="282"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="283"/>
        <source>已到 {a} 人，未到 {b} 人；新增服务记录 {c} 条，修改 {d} 条（待负责人确认）。</source>
        <translation>{a} present, {b} absent; {c} service records added, {d} changed (awaiting the leader&apos;s confirmation).</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="61"/>
        <source>编辑活动</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="61"/>
        <source>新建活动</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="75"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="79"/>
        <source>（按项目所属队伍）</source>
        <translation>(the project&apos;s team)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="95"/>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="101"/>
        <source>活动名称*</source>
        <translation>Activity name*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="102"/>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="285"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="103"/>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="286"/>
        <source>开始时间</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="104"/>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="287"/>
        <source>结束时间</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="105"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="106"/>
        <source>组织单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="107"/>
        <source>负责人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="108"/>
        <source>所属项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="109"/>
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="110"/>
        <source>活动类型</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="111"/>
        <source>名额</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="112"/>
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="144"/>
        <source>请填写活动名称。</source>
        <translation>Enter the activity&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="144"/>
        <source>结束时间必须晚于开始时间。</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="271"/>
        <source>添加小组活动</source>
        <translation>Add a group activity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="280"/>
        <source>如：手工折纸、安全教育</source>
        <translation>e.g. paper crafts, safety education</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="288"/>
        <source>主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="289"/>
        <source>内容</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="62"/>
        <source>老年人能力评估（GB/T 42195-2022）</source>
        <translation>Ability assessment of older adults (GB/T 42195-2022)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="74"/>
        <source>如 本人、女儿</source>
        <translation>e.g. self, daughter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="75"/>
        <source>昏迷（直接评定为完全失能）</source>
        <translation>Coma (total impairment)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="76"/>
        <source>确诊痴呆或精神科诊断的其他精神和行为障碍</source>
        <translation>Diagnosed dementia or mental disorder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="77"/>
        <source> 次</source>
        <translation> times</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="84"/>
        <source>老人</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="86"/>
        <source>已有评估</source>
        <translation>Earlier assessments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="90"/>
        <source>评估日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="91"/>
        <source>评估原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="92"/>
        <source>评估员一</source>
        <translation>Assessor 1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="99"/>
        <source>信息提供者</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="100"/>
        <source>与老人关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="101"/>
        <source>评估员二</source>
        <translation>Assessor 2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="109"/>
        <source>近30天照护风险事件</source>
        <translation>Risk events (30 days)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="124"/>
        <source>{code} {name}（满分 {max}）</source>
        <translation>{code} {name} (max {max})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="136"/>
        <source>{score} 分&#x3000;{text}</source>
        <translation>{score} pts  {text}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="165"/>
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="166"/>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="169"/>
        <source>新建评估</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="170"/>
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="171"/>
        <location filename="../../ui/pages/assessment_page.py" line="300"/>
        <source>完成评估</source>
        <translation>Finish assessment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="172"/>
        <source>打印报告…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="227"/>
        <source>（已评 {n}/{m} 项）</source>
        <translation> ({n}/{m} scored)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="232"/>
        <source>未完成</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="240"/>
        <source>已完成，不能修改</source>
        <translation>Finished; cannot be changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="243"/>
        <source>还有 {n} 项未评分，可保存为草稿</source>
        <translation>{n} items unscored; save as a draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="245"/>
        <source>全部评分完成</source>
        <translation>Every item scored</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="302"/>
        <source>完成后这份评估即锁定，评分和评估员都不能再修改；如有错误只能另做一次评估。
确定评分无误并完成评估吗？</source>
        <translation>Once finished, this assessment is locked: its scores and assessors can no longer be changed; a mistake can only be put right by a new assessment.
Are the scores right, and finish the assessment?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="356"/>
        <source>（选择以打开）</source>
        <translation>(choose to open)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="358"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="382"/>
        <source>正在生成评估报告…</source>
        <translation>Building the assessment report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="376"/>
        <source>能力评估报告</source>
        <translation>Ability assessment report</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="105"/>
        <source>辅导班</source>
        <translation>Tutoring classes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="107"/>
        <source>课次</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="115"/>
        <source>本次辅导内容、小组活动主题</source>
        <translation>What was covered, group activity topic</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="121"/>
        <source>科目</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="122"/>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="123"/>
        <source>在场辅导员</source>
        <translation>Tutors present</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="138"/>
        <source>方向键移动&#x3000;空格：切换考勤状态／选择监护人／跟进&#x3000;数字：输入时间（1530 → 15:30）&#x3000;Delete 清空&#x3000;Enter 或 Ctrl+S 保存</source>
        <translation>Arrow keys: move   Space: change status / pick guardian / follow-up   Digits: time (1530 → 15:30)   Delete: clear   Enter or Ctrl+S: save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="144"/>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="155"/>
        <source>考勤录入</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="228"/>
        <source>该班还没有课次。请先在“辅导班”页面生成学期课次。</source>
        <translation>This class has no sessions yet. Generate the term&apos;s sessions on the Tutoring classes page first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="238"/>
        <source>{name}&#x3000;{day}&#x3000;{start}-{end}&#x3000;{place}</source>
        <translation>{name}   {day}   {start}-{end}   {place}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="262"/>
        <source>共 {n} 名儿童，已记录 {m} 名</source>
        <translation>{n} children, {m} recorded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="287"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="296"/>
        <source>已保存（{n} 行有改动）</source>
        <translation>Saved ({n} rows changed)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="302"/>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="308"/>
        <source>有未保存的修改（Enter 或 Ctrl+S 保存）</source>
        <translation>Unsaved changes (Enter or Ctrl+S to save)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="311"/>
        <source>未保存的考勤</source>
        <translation>Unsaved attendance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="311"/>
        <source>本课次的考勤还没有保存，要放弃这些修改吗？</source>
        <translation>The attendance for this session is not saved. Discard the changes?</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="25"/>
        <source>儿童</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="26"/>
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="27"/>
        <source>送达时间</source>
        <translation>Drop-off</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="28"/>
        <source>接走时间</source>
        <translation>Pick-up</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="29"/>
        <source>送达人</source>
        <translation>Dropped off by</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="30"/>
        <source>送达人关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="31"/>
        <source>接走人</source>
        <translation>Picked up by</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="32"/>
        <source>接走人关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="33"/>
        <source>非监护人接走说明</source>
        <translation>Non-guardian pick-up note</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="34"/>
        <source>作业/进度</source>
        <translation>Homework / progress</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="35"/>
        <source>表现</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="36"/>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="163"/>
        <source>需跟进</source>
        <translation>Needs follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="175"/>
        <source>接走人不是登记的监护人：请在“非监护人接走说明”中写明是谁、关系及谁同意的。</source>
        <translation>The person picking up is not a registered guardian: write who it was, their relation and who agreed in the non-guardian pick-up note.</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="180"/>
        <source>监护人：{names}。按空格依次选择。</source>
        <translation>Guardians: {names}. Press Space to choose each in turn.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="18"/>
        <source>查看了完整身份证号</source>
        <translation>Viewed a full ID number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="19"/>
        <source>打印了文件</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="20"/>
        <source>打印了时长证明</source>
        <translation>Printed an hours certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="21"/>
        <source>作废了时长证明</source>
        <translation>Voided an hours certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="22"/>
        <source>打印了签到表</source>
        <translation>Printed a sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="23"/>
        <source>导出了 Excel 表</source>
        <translation>Exported to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="24"/>
        <source>导入了志愿者名册</source>
        <translation>Imported a volunteer roster</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="25"/>
        <source>登记到了市级平台</source>
        <translation>Enrolled with the city hub</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="26"/>
        <source>导出了同步包</source>
        <translation>Exported a bundle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="27"/>
        <source>导入了同步包</source>
        <translation>Imported a bundle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="28"/>
        <source>处理了同步冲突</source>
        <translation>Resolved a sync conflict</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="40"/>
        <source>本机记下的敏感操作：导出、打印、查看完整身份证号、同步。供站点负责人核查个人信息的使用；日志只增不改。</source>
        <translation>Sensitive actions on this computer: exports, prints, full ID-number views and sync. For the person in charge to check how personal information is used; the log is only ever added to.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="46"/>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="53"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="54"/>
        <location filename="../../ui/pages/audit_page.py" line="63"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="55"/>
        <source>对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="56"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="68"/>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="92"/>
        <source>共 {n} 条</source>
        <translation>{n} in all</translation>
    </message>
</context>
<context>
    <name>BackupFiles</name>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="38"/>
        <source>选择备份到的文件夹（如 U 盘）</source>
        <translation>Choose the folder to back up to (e.g. a USB stick)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="46"/>
        <source>选择 U 盘上的备份文件</source>
        <translation>Choose the backup file on the USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="48"/>
        <source>U 盘备份 (*{suffix});;所有文件 (*)</source>
        <translation>USB backups (*{suffix});;All files (*)</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="62"/>
        <source>程序自动备份：数据有改动时最多每 30 分钟一次，退出程序时，以及每次导入同步包和升级之前。备份保存在 {folder}，近两天的全部保留，更早的按天、周、月保留一部分。</source>
        <translation>The program backs up by itself: at most every 30 minutes when the data changed, when it exits, and before every sync import and upgrade. Backups are kept in {folder}: all from the last two days, and some of the older ones by day, week and month.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="70"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="71"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="72"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="73"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="74"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="75"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="82"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="84"/>
        <source>恢复所选备份…</source>
        <translation>Restore the chosen backup…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="91"/>
        <source>本机的备份</source>
        <translation>Backups on this PC</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="99"/>
        <source>U 盘备份用本站设定的密码加密，含全部数据和本站的同步密钥：电脑坏了或丢了，在新电脑上装好程序，从 U 盘恢复，就能接着与市级平台同步。捡到 U 盘的人没有密码什么也看不到。</source>
        <translation>A USB backup is encrypted with a password the station chooses and holds all the data and the station&apos;s sync keys: if this PC breaks or is lost, install the program on a new one, restore from the stick, and syncing with the city carries on. Whoever finds the stick sees nothing without the password.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="107"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="109"/>
        <source>备份到 U 盘…</source>
        <translation>Back up to USB stick…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="111"/>
        <source>从 U 盘恢复…</source>
        <translation>Restore from USB stick…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="114"/>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="119"/>
        <source>U 盘备份（加密）</source>
        <translation>USB backup (encrypted)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="125"/>
        <source>备份与恢复</source>
        <translation>Backup &amp; restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="142"/>
        <source>共 {n} 个备份</source>
        <translation>{n} backups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="157"/>
        <source>备份完成</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="158"/>
        <source>已备份（{size}，人员 {people} 人，记录 {records} 条）：
{path}</source>
        <translation>Backed up ({size}, {people} people, {records} records):
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="167"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="185"/>
        <source>，含本站同步密钥</source>
        <translation>, with the station&apos;s sync keys</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="188"/>
        <source>U 盘备份完成</source>
        <translation>USB backup written</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="190"/>
        <source>已加密写入并回读校验：
{path}
（{size}，人员 {people} 人，记录 {records} 条{keys}）
请把密码和 U 盘分开保管。</source>
        <translation>Encrypted, written and read back:
{path}
({size}, {people} people, {records} records{keys})
Keep the password apart from the stick.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="204"/>
        <source>正在加密备份到 U 盘…</source>
        <translation>Encrypting the backup onto the USB stick…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="219"/>
        <location filename="../../ui/pages/backup_page.py" line="228"/>
        <source>恢复备份</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="219"/>
        <source>请先在列表中选一个备份。</source>
        <translation>Please choose a backup in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="222"/>
        <source>不能恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="225"/>
        <source>把数据恢复到 {time} 的备份（人员 {people} 人，记录 {records} 条）？
之后录入的内容会被替换；替换前的数据会先另存为一个备份。恢复后程序重新打开。</source>
        <translation>Restore the data to the backup of {time} ({people} people, {records} records)?
What was entered since will be replaced; the data as it is now is first kept as a backup. The program reopens after the restore.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="239"/>
        <source>用 U 盘上的备份替换本机的数据和同步密钥？
{path}
替换前的数据会先另存为一个备份。恢复后程序重新打开。</source>
        <translation>Replace this PC&apos;s data and sync keys with the backup on the USB stick?
{path}
The data as it is now is first kept as a backup. The program reopens after the restore.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="241"/>
        <source>从 U 盘恢复</source>
        <translation>Restore from USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="248"/>
        <location filename="../../ui/pages/backup_page.py" line="292"/>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="260"/>
        <source>已恢复 {station} 的数据：人员 {people} 人，记录 {records} 条。</source>
        <translation>Restored the data of {station}: {people} people, {records} records.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="267"/>
        <source>本站的同步密钥也已恢复，可以继续与市级平台同步。</source>
        <translation>The station&apos;s sync keys were restored too; syncing with the city can carry on.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="269"/>
        <source>恢复前的数据另存为：{path}</source>
        <translation>The data as it was before the restore is kept as: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="270"/>
        <source>程序现在重新打开，显示恢复后的数据。</source>
        <translation>The program now reopens onto the restored data.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="271"/>
        <source>恢复完成</source>
        <translation>Restored</translation>
    </message>
</context>
<context>
    <name>BackupPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_password_dialog.py" line="34"/>
        <source>U 盘备份密码</source>
        <translation>USB backup password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_password_dialog.py" line="38"/>
        <source>这个密码用来加密 U 盘上的备份。没有它，谁也打不开这个备份，本站也不能。请把密码写下来，和 U 盘分开妥善保管。</source>
        <translation>This password encrypts the backup on the USB stick. Without it nobody can open the backup, not even the station. Write the password down and keep it safe, apart from the stick.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_password_dialog.py" line="42"/>
        <source>请输入制作这个 U 盘备份时设定的密码。</source>
        <translation>Type the password that was chosen when this USB backup was made.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_password_dialog.py" line="52"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_password_dialog.py" line="54"/>
        <source>再输入一次</source>
        <translation>Once more</translation>
    </message>
</context>
<context>
    <name>CaseNoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="421"/>
        <source>添加个案记录（保密）</source>
        <translation>Add case notes (confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="428"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="429"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="430"/>
        <source>内容</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>CatalogsPage</name>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="18"/>
        <source>人员标签</source>
        <translation>Person tags</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="19"/>
        <source>服务类别（需求、资源、服务）</source>
        <translation>Service categories</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="20"/>
        <source>老年人服务项目</source>
        <translation>Services for elders</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="21"/>
        <source>探访发现的风险</source>
        <translation>Risks found on visits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="22"/>
        <source>志愿者技能</source>
        <translation>Volunteer skills</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="23"/>
        <source>活动类型</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="35"/>
        <source>各页面下拉选择中的条目在这里维护。条目不改名、不删除：已登记的记录保留原来的名称；停用的条目不再供选择，随时可以重新启用。</source>
        <translation>The entries offered in the pages&apos; drop-down lists are kept here. Entries are never renamed or deleted: records keep the names they hold; a stopped entry is no longer offered and can be used again at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="50"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="51"/>
        <source>条目</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="52"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="52"/>
        <source>使用中</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="52"/>
        <source>已停用</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="61"/>
        <source>新条目名称</source>
        <translation>Name of a new entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="64"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="67"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="69"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="71"/>
        <location filename="../../ui/pages/catalogs_page.py" line="119"/>
        <source>停用</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="92"/>
        <source>维护列表</source>
        <translation>Maintained lists</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="119"/>
        <source>启用</source>
        <translation>Use again</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="300"/>
        <source>出具志愿服务证明：{name}</source>
        <translation>Volunteer service certificate: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="304"/>
        <source>起始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="305"/>
        <source>截止日期</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="306"/>
        <source>经办人</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="307"/>
        <source>只统计已确认的服务时长。同一期间再次打印时，证明编号和内容保持不变。</source>
        <translation>Only confirmed service hours count. Printing the same period again gives the same serial number and content.</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <location filename="../../ui/pages/child_page.py" line="53"/>
        <source>姓名、化名或拼音首字母</source>
        <translation>Name, alias or pinyin initials</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="66"/>
        <source>未成年人敏感个人信息&#x3000;仅限工作需要查看，不得拍照、复制或外传</source>
        <translation>Sensitive personal information of a minor: view only for work; do not photograph, copy or pass on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="79"/>
        <source>出勤率</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="80"/>
        <source>已出勤课次</source>
        <translation>Sessions attended</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="81"/>
        <source>已记录课次</source>
        <translation>Sessions recorded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="82"/>
        <source>参加的辅导班</source>
        <translation>Tutoring classes joined</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="90"/>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="91"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="92"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="93"/>
        <source>主要监护人</source>
        <translation>Main guardian</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="100"/>
        <location filename="../../ui/pages/child_page.py" line="113"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="101"/>
        <source>辅导班</source>
        <translation>Tutoring classes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="102"/>
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="103"/>
        <source>作业/进度</source>
        <translation>Homework / progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="104"/>
        <source>表现</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="105"/>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="106"/>
        <source>接送说明</source>
        <translation>Pick-up notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="114"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="115"/>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="121"/>
        <source>添加个案记录…</source>
        <translation>Add case notes…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="125"/>
        <source>保密：个案记录仅限社工查看，不得打印或导出</source>
        <translation>Confidential: case notes are for social workers only and cannot be printed or exported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="131"/>
        <source>进度记录</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="132"/>
        <source>监护人与同意</source>
        <translation>Guardians and consent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="133"/>
        <source>个案记录（保密）</source>
        <translation>Case notes (confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="147"/>
        <source>在左侧查找并选择一名儿童。</source>
        <translation>Find and choose a child on the left.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="153"/>
        <source>儿童档案</source>
        <translation>Child&apos;s record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="170"/>
        <location filename="../../ui/pages/child_page.py" line="193"/>
        <source>{n}岁</source>
        <translation>{n} yrs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="190"/>
        <source>（化名：{alias}）</source>
        <translation> (alias: {alias})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="190"/>
        <source>（未设化名）</source>
        <translation> (no alias)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="201"/>
        <source>✔ 监护人已同意：{by}，{day}，范围：{scope}</source>
        <translation>✔ Guardian consent: {by}, {day}, for: {scope}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="207"/>
        <source>✘ 未登记监护人同意，不能报名辅导班。请在人员档案中登记。</source>
        <translation>✘ No guardian consent recorded, so the child cannot join a tutoring class. Record it under People.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="105"/>
        <source>需跟进</source>
        <translation>Needs follow-up</translation>
    </message>
</context>
<context>
    <name>CityListsPanel</name>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="34"/>
        <location filename="../../ui/city_lists_panel.py" line="46"/>
        <location filename="../../ui/city_lists_panel.py" line="62"/>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="35"/>
        <source>需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="36"/>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="37"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="38"/>
        <source>已办结</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="39"/>
        <source>平均评价</source>
        <translation>Average rating</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="47"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="48"/>
        <source>需求对象</source>
        <translation>Who needs it</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="49"/>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="50"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="51"/>
        <source>对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="52"/>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="53"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="54"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="55"/>
        <source>逾期</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="55"/>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="63"/>
        <source>资源</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="64"/>
        <source>提供方</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="65"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="66"/>
        <source>可提供服务</source>
        <translation>Can provide</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="67"/>
        <source>服务范围</source>
        <translation>Area served</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="67"/>
        <source>全站</source>
        <translation>Whole area</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="68"/>
        <source>余量</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="73"/>
        <source>各站点需求</source>
        <translation>Needs by station</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="74"/>
        <source>未办结需求（逾期在前）</source>
        <translation>Open needs (overdue first)</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="75"/>
        <source>有余量的资源</source>
        <translation>Resources with spare capacity</translation>
    </message>
</context>
<context>
    <name>CityStatisticsTab</name>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="65"/>
        <source>站点编码</source>
        <translation>Station code</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="66"/>
        <source>站点名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="67"/>
        <source>报送状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="68"/>
        <source>收到覆盖本期的同步包</source>
        <translation>Bundle covering the period received</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="69"/>
        <source>数据截至</source>
        <translation>Data up to</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="70"/>
        <source>数据天数</source>
        <translation>Age of data (days)</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="84"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="94"/>
        <source>各站点指标</source>
        <translation>Figures by station</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="95"/>
        <source>报送情况</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="96"/>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="104"/>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="104"/>
        <source>逾期</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="104"/>
        <source>未报</source>
        <translation>Not received</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="138"/>
        <source>{title}：应报 {expected} 站，已报 {received} 站（报送率 {rate}），按时 {on_time} 站（及时率 {timely}）</source>
        <translation>{title}: {received} of {expected} stations reported ({rate}), {on_time} on time ({timely})</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="147"/>
        <source>；{deadline} 前收到为按时。</source>
        <translation>; on time means received by {deadline}.</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="150"/>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="153"/>
        <source>全市合计</source>
        <translation>City total</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="177"/>
        <source>{name}（{unit}）：各站点</source>
        <translation>{name} ({unit}) by station</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="196"/>
        <source>全市{name}（{unit}）近 {n} 个月</source>
        <translation>City {name} ({unit}), last {n} months</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="223"/>
        <source>正在生成全市统计报表…</source>
        <translation>Making the city statistics report…</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="227"/>
        <source>全市统计报表</source>
        <translation>City statistics report</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="235"/>
        <source>全市统计报表-{code}-{period}.xlsx</source>
        <translation>city-statistics-{code}-{period}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="240"/>
        <source>正在导出全市统计报表…</source>
        <translation>Exporting the city statistics report…</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="246"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="246"/>
        <source>统计报表已保存到 {path}</source>
        <translation>The statistics report was saved to {path}</translation>
    </message>
</context>
<context>
    <name>CityWindow</name>
    <message>
        <location filename="../../ui/city_window.py" line="101"/>
        <source>StationDesk 市级平台 — {name}</source>
        <translation>StationDesk city hub — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="106"/>
        <source>本平台密钥指纹：签名 {s}&#x3000;加密 {e}</source>
        <translation>Hub key fingerprints: signing {s}   encryption {e}</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="110"/>
        <source>导入站点同步包…</source>
        <translation>Import station bundles…</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="112"/>
        <source>为所选站点导出…</source>
        <translation>Export for the selected station…</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="114"/>
        <source>登记新站点…</source>
        <translation>Enrol a new station…</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="116"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="125"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="126"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="127"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="128"/>
        <source>最近同步包</source>
        <translation>Latest bundle</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="129"/>
        <source>已收到序号</source>
        <translation>Sequence received</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="130"/>
        <source>最近导出给它</source>
        <translation>Last exported to it</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="131"/>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="141"/>
        <source>数据表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="141"/>
        <source>有效记录</source>
        <translation>Live records</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="141"/>
        <source>已删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="152"/>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="153"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="154"/>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="156"/>
        <source>需求与资源</source>
        <translation>Needs and resources</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="158"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="169"/>
        <source>数据库：{url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="170"/>
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="183"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="186"/>
        <source>已启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="186"/>
        <source>待首个同步包</source>
        <translation>Waiting for its first bundle</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="206"/>
        <source>站点 {n} 个，记录 {records} 条，未处理冲突 {c} 条</source>
        <translation>{n} stations, {records} records, {c} open conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="222"/>
        <source>导入 {station} 的同步包时</source>
        <translation>Importing {station}&apos;s bundle</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="242"/>
        <source>正在检查并导入同步包…</source>
        <translation>Checking and importing the bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="260"/>
        <source>导入结果</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="272"/>
        <source>为站点导出</source>
        <translation>Export for a station</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="272"/>
        <source>请先在“站点”列表中选中一个站点。</source>
        <translation>Select a station in the Stations list first.</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="277"/>
        <source>正在导出同步包…</source>
        <translation>Exporting the bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="284"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="285"/>
        <source>已写入并回读校验：
{path}
{n} 条记录</source>
        <translation>Written and verified by reading back:
{path}
{n} records</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="309"/>
        <source>登记文件已写入</source>
        <translation>Enrolment file written</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="310"/>
        <source>{path}
请当面交给站点 {code}，并电话核对：
签名 {s}
加密 {e}</source>
        <translation>{path}
Hand it to station {code} in person and compare by phone:
signing {s}
encryption {e}</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="88"/>
        <source>编辑辅导班</source>
        <translation>Edit tutoring class</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="88"/>
        <source>新建辅导班</source>
        <translation>New tutoring class</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="98"/>
        <source>如：语文、数学</source>
        <translation>e.g. Chinese, maths</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="102"/>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="107"/>
        <source>每行一个，如：
周一 15:30-17:30
周三 15:30-17:30</source>
        <translation>One per line, e.g.
周一 15:30-17:30
周三 15:30-17:30</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="120"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="121"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="122"/>
        <source>科目</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="123"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="124"/>
        <source>容量（人）</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="125"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="126"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="127"/>
        <source>每周上课时间</source>
        <translation>Weekly times</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="128"/>
        <source>辅导员（志愿者）</source>
        <translation>Tutors (volunteers)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="129"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="30"/>
        <source>登记监护人同意</source>
        <translation>Record guardian consent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="40"/>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="41"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="45"/>
        <source>依据《个人信息保护法》第三十一条，处理儿童个人信息须取得监护人同意。</source>
        <translation>Under article 31 of the Personal Information Protection Law, a child&apos;s personal information may be processed only with a guardian&apos;s consent.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="46"/>
        <source>同意人（监护人）</source>
        <translation>Given by (guardian)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="47"/>
        <source>同意日期</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="49"/>
        <source>同意范围</source>
        <translation>Scope of consent</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="348"/>
        <source>更正服务时长</source>
        <translation>Correct service hours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="361"/>
        <source>此记录已确认锁定；更正将记入更正记录。</source>
        <translation>This record is confirmed and locked; the correction will be logged.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="364"/>
        <source>计入时长（小时）</source>
        <translation>Hours counted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="365"/>
        <source>更正原因*</source>
        <translation>Reason*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="366"/>
        <source>更正人*</source>
        <translation>Corrected by*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="376"/>
        <source>服务时长以半小时为单位。</source>
        <translation>Service hours are counted in half hours.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="377"/>
        <source>修改服务时长必须写明原因。</source>
        <translation>Give a reason for changing the service hours.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="378"/>
        <source>请填写更正人姓名。</source>
        <translation>Enter the name of the person making the correction.</translation>
    </message>
</context>
<context>
    <name>CorrectionLogDialog</name>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="405"/>
        <source>更正记录</source>
        <translation>Correction log</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="409"/>
        <source>更正时间</source>
        <translation>Corrected at</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="411"/>
        <source>计入时长（小时）</source>
        <translation>Hours counted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="415"/>
        <source>签到签退时间</source>
        <translation>Sign-in and sign-out</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="416"/>
        <source>未改</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="418"/>
        <source>更正原因</source>
        <translation>Correction reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="419"/>
        <source>更正人</source>
        <translation>Corrected by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="420"/>
        <source>更正时状态</source>
        <translation>State when corrected</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="433"/>
        <source>这条记录没有更正过。</source>
        <translation>This record has never been corrected.</translation>
    </message>
</context>
<context>
    <name>DeadlineRuleDialog</name>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="73"/>
        <source>办结期限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="76"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="80"/>
        <source>从发现需求之日起计算；只影响今后登记的需求。</source>
        <translation>Counted from the day a need is found; applies to needs recorded from now on.</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="32"/>
        <source>派单：需求 {number}</source>
        <translation>Dispatch: need {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="36"/>
        <source>派单对象</source>
        <translation>Dispatch to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="37"/>
        <source>占用容量</source>
        <translation>Capacity taken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="38"/>
        <source>尚余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="44"/>
        <source>不计容量</source>
        <translation>not counted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="49"/>
        <source>派单说明，如：周三上午陪同到卫生站</source>
        <translation>Instructions, e.g. accompany to the clinic on Wednesday morning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="52"/>
        <source>派单说明</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="53"/>
        <source>派单人</source>
        <translation>Dispatched by</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../../ui/dialogs/drill_down_dialog.py" line="33"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_down_dialog.py" line="36"/>
        <source>不显示身份证号和电话；儿童以化名显示。</source>
        <translation>ID and phone numbers are not shown; children are shown by their alias.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_down_dialog.py" line="47"/>
        <source>共 {n} 条记录</source>
        <translation>{n} records</translation>
    </message>
</context>
<context>
    <name>DueVisits</name>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="23"/>
        <source>从未探访</source>
        <translation>Never visited</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="25"/>
        <source>逾期 {days} 天</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="27"/>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="28"/>
        <source>{days} 天后到期</source>
        <translation>Due in {days} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="34"/>
        <source>老人</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="35"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="36"/>
        <source>分层</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="37"/>
        <source>间隔</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="37"/>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="38"/>
        <source>上次探访</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="39"/>
        <source>应探访日期</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="40"/>
        <source>情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="41"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="42"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>DueVisitsPage</name>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="56"/>
        <location filename="../../ui/pages/due_visits_page.py" line="75"/>
        <source>待探访</source>
        <translation>Visits due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="58"/>
        <source>到期和逾期</source>
        <translation>Due and overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="59"/>
        <source>含未来 7 天</source>
        <translation>Including the next 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="60"/>
        <source>含未来 30 天</source>
        <translation>Including the next 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="63"/>
        <source>为选中老人登记探访…</source>
        <translation>Record a visit for the selected elder…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="65"/>
        <source>探访频率设置…</source>
        <translation>Visit frequency…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="80"/>
        <source>默认频率：高风险每周、重点每月、一般每季度；双击一行打开老人档案。</source>
        <translation>Default: high risk weekly, priority monthly, general quarterly. Double-click a row to open the elder&apos;s record.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="88"/>
        <source>共 {n} 位老人</source>
        <translation>{n} elders</translation>
    </message>
</context>
<context>
    <name>ElderPage</name>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="75"/>
        <source>还没有完成的评估</source>
        <translation>No finished assessment yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="108"/>
        <source>老人档案</source>
        <translation>Elder&apos;s record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="115"/>
        <source>自动（按评估等级和标签）</source>
        <translation>Automatic (from level and tags)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="119"/>
        <source>登记探访…</source>
        <translation>Record a visit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="120"/>
        <source>新建评估</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="130"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="131"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="131"/>
        <source>探访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="131"/>
        <source>评估</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="132"/>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="133"/>
        <source>情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="139"/>
        <source>修改选中的探访…</source>
        <translation>Edit selected visit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="139"/>
        <source>删除选中的探访</source>
        <translation>Delete selected visit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="142"/>
        <source>关闭选中的跟进事项</source>
        <translation>Close the selected follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="146"/>
        <source>老人</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="151"/>
        <source>风险分层</source>
        <translation>Risk tier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="155"/>
        <source>基本情况与探访计划</source>
        <translation>Details and visit plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="159"/>
        <source>能力等级变化</source>
        <translation>Ability level over time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="164"/>
        <source>未完成的跟进事项</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="168"/>
        <source>探访与评估时间线（双击打开探访或评估）</source>
        <translation>Visits and assessments (double-click to open)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="267"/>
        <source>能力评估（{reason}）</source>
        <translation>Ability assessment ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="277"/>
        <source>风险：</source>
        <translation>Risks: </translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="279"/>
        <source>能力有变化，需即时评估</source>
        <translation>ability changed, assess now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="281"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="284"/>
        <source>草稿，未完成</source>
        <translation>Draft, not finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="285"/>
        <source>{level} 总分 {total}</source>
        <translation>{level}, total {total}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="310"/>
        <source>探访记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="310"/>
        <source>请先在时间线中选中一次探访。</source>
        <translation>Select a visit in the timeline first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="203"/>
        <source>尚未评估</source>
        <translation>not assessed yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="205"/>
        <source>{on} {level}（总分 {total}）</source>
        <translation>{on} {level} (total {total})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="214"/>
        <source>&lt;b style=&apos;font-size:16px&apos;&gt;{name}&lt;/b&gt;&#x3000;{gender}&#x3000;{age}岁&lt;br&gt;身份证：{id}&#x3000;电话：{phone}&lt;br&gt;住址：{address}&lt;br&gt;标签：{tags}&lt;br&gt;最近评估：{latest}</source>
        <translation>&lt;b style=&apos;font-size:16px&apos;&gt;{name}&lt;/b&gt;&amp;nbsp;&amp;nbsp;{gender}&amp;nbsp;&amp;nbsp;{age} years&lt;br&gt;ID: {id}&amp;nbsp;&amp;nbsp;&amp;nbsp;Phone: {phone}&lt;br&gt;Address: {address}&lt;br&gt;Tags: {tags}&lt;br&gt;Latest assessment: {latest}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="233"/>
        <source>下次探访：{due}（{tier}，每 {n} 天；{state}）</source>
        <translation>Next visit: {due} ({tier}, every {n} days; {state})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="234"/>
        <source>尽快</source>
        <translation>as soon as possible</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="241"/>
        <source>下次评估：{due}（{reason}）</source>
        <translation>Next assessment: {due} ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="242"/>
        <source> 已逾期</source>
        <translation> overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="244"/>
        <source>尚未评估，需首次评估</source>
        <translation>never assessed: first assessment needed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="245"/>
        <source>探访发现能力变化，需即时评估</source>
        <translation>a visit reported a change: reassess now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="246"/>
        <source>每 6 个月复评</source>
        <translation>every 6 months</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="257"/>
        <source>（逾期 {n} 天）</source>
        <translation> ({n} days overdue)</translation>
    </message>
</context>
<context>
    <name>ElderPicker</name>
    <message>
        <location filename="../../ui/elder_picker.py" line="111"/>
        <source>输入姓名、拼音、首字母或身份证后几位查找老人</source>
        <translation>Type a name, pinyin, initials or the last digits of the ID number to find an elder</translation>
    </message>
    <message>
        <location filename="../../ui/elder_picker.py" line="112"/>
        <source>请选择老人</source>
        <translation>Choose an elder</translation>
    </message>
    <message>
        <location filename="../../ui/elder_picker.py" line="117"/>
        <source>{n}岁</source>
        <translation>{n} yrs</translation>
    </message>
</context>
<context>
    <name>ElderlyHomeSections</name>
    <message>
        <location filename="../../ui/elderly_home_sections.py" line="26"/>
        <source>待探访</source>
        <translation>Visits due</translation>
    </message>
    <message>
        <location filename="../../ui/elderly_home_sections.py" line="29"/>
        <source>未完成的跟进事项</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/elderly_home_sections.py" line="50"/>
        <source>待探访（{n} 位）</source>
        <translation>Visits due ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/elderly_home_sections.py" line="60"/>
        <source>……其余见“待探访”页</source>
        <translation>… more on the Visits due page</translation>
    </message>
    <message>
        <location filename="../../ui/elderly_home_sections.py" line="63"/>
        <source>（逾期 {n} 天）</source>
        <translation> ({n} days overdue)</translation>
    </message>
</context>
<context>
    <name>EnrolStationDialog</name>
    <message>
        <location filename="../../ui/city_window.py" line="74"/>
        <source>登记新站点</source>
        <translation>Enrol a new station</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="76"/>
        <source>如 ZQ-DZ-001</source>
        <translation>e.g. ZQ-DZ-001</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="82"/>
        <source>站点编码</source>
        <translation>Station code</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="83"/>
        <source>站点名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="84"/>
        <source>登记文件含一次性令牌，请当面交给站点，并电话核对密钥指纹。</source>
        <translation>The enrolment file holds a one-time token: hand it to the station in person and compare the key fingerprints by phone.</translation>
    </message>
</context>
<context>
    <name>FoundNeedsEditor</name>
    <message>
        <location filename="../../ui/widgets/found_needs_editor.py" line="31"/>
        <source>＋ 登记为需求</source>
        <translation>+ Record as a need</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/found_needs_editor.py" line="32"/>
        <source>把发现的需求登记到需求清单，可登记多项</source>
        <translation>Put the needs found on the needs list; several may be added</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/found_needs_editor.py" line="58"/>
        <source>已登记：{needs}</source>
        <translation>Recorded: {needs}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/found_needs_editor.py" line="69"/>
        <source>选择类别</source>
        <translation>Choose a category</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/found_needs_editor.py" line="80"/>
        <source>需要什么</source>
        <translation>What is needed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/found_needs_editor.py" line="81"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/pages/home_page.py" line="17"/>
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="18"/>
        <source>老年人</source>
        <translation>Elders</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="19"/>
        <source>儿童</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="20"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../ui/widgets/indicator_charts.py" line="72"/>
        <source>本期</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/indicator_charts.py" line="79"/>
        <source>上期</source>
        <translation>Previous period</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../ui/list_export.py" line="20"/>
        <source>导出到 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="34"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="45"/>
        <source>导出完成</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="46"/>
        <source>已导出 {n} 行到 {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="52"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../ui/list_labels.py" line="131"/>
        <source>每天</source>
        <translation>every day</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="133"/>
        <source>周末</source>
        <translation>weekends</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="136"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="151"/>
        <source>余 {left} / 可用 {available}</source>
        <translation>{left} left / {available} available</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="155"/>
        <source> / 最多 {maximum}</source>
        <translation> / at most {maximum}</translation>
    </message>
</context>
<context>
    <name>ListsHomeSection</name>
    <message>
        <location filename="../../ui/lists_home_section.py" line="26"/>
        <source>需求清单</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/lists_home_section.py" line="31"/>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/lists_home_section.py" line="32"/>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../ui/lists_home_section.py" line="33"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/lists_home_section.py" line="34"/>
        <source>已办结</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../ui/lists_home_section.py" line="63"/>
        <source>（逾期 {n} 天）</source>
        <translation> ({n} days overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/lists_home_section.py" line="78"/>
        <source>……其余见“需求清单”页</source>
        <translation>… the rest are on the Needs page</translation>
    </message>
</context>
<context>
    <name>LongJob</name>
    <message>
        <location filename="../../ui/long_job.py" line="31"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="33"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="23"/>
        <source>StationDesk 社区服务站工作台 — {name}</source>
        <translation>StationDesk community service station — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>站点：{code} {name}</source>
        <translation>Station: {code} {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>数据文件夹：{path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>搜索（Ctrl+K）</source>
        <translation>Search (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>用户指南（F1）</source>
        <translation>User guide (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>关于 StationDesk</source>
        <translation>About StationDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>StationDesk {version}
社区服务站工作台
数据文件夹：{path}</source>
        <translation>StationDesk {version}
Community service station desk
Data folder: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="62"/>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="292"/>
        <source>活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="393"/>
        <source>能力评估</source>
        <translation>Ability assessment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="321"/>
        <source>考勤录入</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="238"/>
        <source>儿童档案</source>
        <translation>Child&apos;s record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="115"/>
        <source>待探访</source>
        <translation>Visits due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="342"/>
        <source>老人档案</source>
        <translation>Elder&apos;s record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="287"/>
        <source>服务时长</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="215"/>
        <source>队伍与项目</source>
        <translation>Teams and projects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="415"/>
        <source>辅导班</source>
        <translation>Tutoring classes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="151"/>
        <source>探访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="500"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="271"/>
        <source>人员档案</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="39"/>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="40"/>
        <source>老年人服务</source>
        <translation>Elder care</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="41"/>
        <source>儿童服务</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="42"/>
        <source>志愿服务</source>
        <translation>Volunteering</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="43"/>
        <source>三张清单</source>
        <translation>The three lists</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="45"/>
        <location filename="../../ui/pages/sync_page.py" line="264"/>
        <location filename="../../ui/selftest.py" line="178"/>
        <source>数据同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="46"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="96"/>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="44"/>
        <location filename="../../ui/pages/statistics_page.py" line="318"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="319"/>
        <source>备份与恢复</source>
        <translation>Backup &amp; restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="386"/>
        <source>需求详情</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="223"/>
        <source>需求清单</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="93"/>
        <source>资源清单</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="140"/>
        <source>服务记录</source>
        <translation>Service records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="100"/>
        <source>服务清单</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="150"/>
        <source>维护列表</source>
        <translation>Maintained lists</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="393"/>
        <source>月度考勤汇总</source>
        <translation>Monthly attendance summary</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="397"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="74"/>
        <source>修改需求 {number}</source>
        <translation>Edit need {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="74"/>
        <source>登记需求</source>
        <translation>Record a need</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="79"/>
        <source>人员档案中的个人</source>
        <translation>A person in the registry</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="80"/>
        <source>群体或社区</source>
        <translation>A group or community</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="85"/>
        <source>（未选择）</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="86"/>
        <source>选择人员…</source>
        <translation>Choose a person…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="88"/>
        <source>如：星湖社区户外劳动者</source>
        <translation>e.g. outdoor workers of Xinghu community</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="93"/>
        <source>（按人员档案）</source>
        <translation>(from the registry)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="94"/>
        <source>其他居民</source>
        <translation>Other residents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="105"/>
        <source>指定期望服务时间</source>
        <translation>Wanted time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="116"/>
        <source>填写记录的工作人员姓名</source>
        <translation>Name of the staff member writing the record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="127"/>
        <source>人数</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="132"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="136"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="138"/>
        <source>需求对象</source>
        <translation>Who needs it</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="139"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="140"/>
        <source>群体/社区</source>
        <translation>Group / community</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="141"/>
        <source>所在社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="142"/>
        <source>服务类别*</source>
        <translation>Category*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="143"/>
        <source>服务对象类别</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="144"/>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="145"/>
        <source>需求描述</source>
        <translation>What is needed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="146"/>
        <source>期望时间</source>
        <translation>Wanted time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="147"/>
        <source>服务地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="148"/>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="149"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="166"/>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="206"/>
        <source>有需求的人员</source>
        <translation>The person in need</translation>
    </message>
</context>
<context>
    <name>NeedPage</name>
    <message>
        <location filename="../../ui/pages/need_page.py" line="50"/>
        <source>请在“需求清单”中打开一项需求</source>
        <translation>Open a need from the Needs page</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="60"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="61"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="62"/>
        <source>开始服务</source>
        <translation>Start service</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="63"/>
        <source>登记服务…</source>
        <translation>Record a service…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="64"/>
        <source>评价…</source>
        <translation>Rate…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="65"/>
        <source>不予受理…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="66"/>
        <source>撤销…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="67"/>
        <source>该对象的全部服务</source>
        <translation>All services of this person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="78"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="79"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="80"/>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="81"/>
        <location filename="../../ui/pages/need_page.py" line="104"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="82"/>
        <source>理由</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="89"/>
        <source>派单给所选…</source>
        <translation>Dispatch to the chosen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="94"/>
        <source>点选一个或多个推荐对象（可多选），再点“派单给所选”。得分越高越合适，理由列出每一项加减分。</source>
        <translation>Click one or more suggestions, then “Dispatch to the chosen”. A higher score fits better; “Why” lists every part of it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="99"/>
        <source>派给</source>
        <translation>Dispatched to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="100"/>
        <source>数量</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="101"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="102"/>
        <source>派单时间</source>
        <translation>Dispatched at</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="103"/>
        <source>派单人</source>
        <translation>Dispatched by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="105"/>
        <source>结束时间</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="106"/>
        <location filename="../../ui/pages/need_page.py" line="372"/>
        <source>取消原因</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="113"/>
        <source>完成派单并登记服务…</source>
        <translation>Close with the service given…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="115"/>
        <source>改派…</source>
        <translation>Re-dispatch…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="117"/>
        <source>取消派单…</source>
        <translation>Cancel dispatch…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="123"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="124"/>
        <location filename="../../ui/pages/need_page.py" line="135"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="125"/>
        <source>服务</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="126"/>
        <source>提供者</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="127"/>
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="128"/>
        <source>人数</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="129"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="136"/>
        <source>从</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="137"/>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="138"/>
        <location filename="../../ui/pages/need_page.py" line="302"/>
        <location filename="../../ui/pages/need_page.py" line="324"/>
        <location filename="../../ui/pages/need_page.py" line="373"/>
        <source>经办人</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="139"/>
        <source>原因 / 说明</source>
        <translation>Reason / note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="144"/>
        <source>推荐对接</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="145"/>
        <source>派单</source>
        <translation>Dispatches</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="146"/>
        <source>服务记录</source>
        <translation>Service records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="147"/>
        <source>办理过程</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="157"/>
        <source>需求详情</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="207"/>
        <source>（{day} {kind}）</source>
        <translation> ({day} {kind})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="211"/>
        <source>服务类别：{c}&#x3000;服务对象：{g}&#x3000;社区：{m}</source>
        <translation>Category: {c}&#x3000;Group: {g}&#x3000;Community: {m}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="213"/>
        <source>其他居民</source>
        <translation>Other residents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="216"/>
        <source>来源：{s}&#x3000;发现日期：{d}&#x3000;记录人：{r}</source>
        <translation>Source: {s}&#x3000;Found on: {d}&#x3000;Recorded by: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="219"/>
        <source>涉及人数：约 {n} 人</source>
        <translation>People concerned: about {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="222"/>
        <source>期望时间：{a} 至 {b}</source>
        <translation>Wanted: {a} to {b}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="228"/>
        <source>服务地点：{p}</source>
        <translation>Place: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="229"/>
        <source>需求描述：{d}</source>
        <translation>What is needed: {d}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="232"/>
        <source>评价：{score} 分 {name}&#x3000;{comment}</source>
        <translation>Rating: {score} {name}&#x3000;{comment}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="238"/>
        <source>办结期限 {d}，已逾期 {n} 天</source>
        <translation>Deadline {d}, overdue by {n} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="241"/>
        <source>办结期限 {d}</source>
        <translation>Deadline {d}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="296"/>
        <source>不予受理的原因</source>
        <translation>Why it is rejected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="296"/>
        <source>撤销的原因</source>
        <translation>Why it is withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="314"/>
        <source>服务评价：{who}</source>
        <translation>Rating: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="318"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="323"/>
        <source>评价意见</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="370"/>
        <source>取消派单：{name}</source>
        <translation>Cancel dispatch: {name}</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="42"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="43"/>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="44"/>
        <source>需求对象</source>
        <translation>Who needs it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="45"/>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="46"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="47"/>
        <source>对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="48"/>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="49"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="50"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="52"/>
        <source>逾期</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="54"/>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="57"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="58"/>
        <source>需求描述</source>
        <translation>What is needed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="100"/>
        <source>编号、姓名、群体或需求内容</source>
        <translation>Number, name, group or what is needed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="102"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="103"/>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="104"/>
        <source>已办结</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="109"/>
        <source>全部紧急程度</source>
        <translation>Any urgency</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="113"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="115"/>
        <source>全部对象</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="119"/>
        <source>全部社区</source>
        <translation>All communities</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="120"/>
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="128"/>
        <source>登记需求…</source>
        <translation>Record a need…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="130"/>
        <source>打开需求</source>
        <translation>Open need</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="132"/>
        <source>打印公示…</source>
        <translation>Print notice…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="134"/>
        <source>导出公示 Excel…</source>
        <translation>Export notice to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="136"/>
        <source>办结期限…</source>
        <translation>Deadlines…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="154"/>
        <source>需求清单</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="158"/>
        <source>红色：已逾期&#x3000;黄色：紧急&#x3000;双击一行打开需求。</source>
        <translation>Red: overdue&#x3000;Amber: urgent&#x3000;Double-click a row to open the need.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="195"/>
        <source>共 {total} 项，已显示 {shown} 项</source>
        <translation>{total} in all, {shown} shown</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../ui/notice_actions.py" line="17"/>
        <source>需求清单公示</source>
        <translation>Needs notice</translation>
    </message>
    <message>
        <location filename="../../ui/notice_actions.py" line="18"/>
        <source>资源清单公示</source>
        <translation>Resources notice</translation>
    </message>
    <message>
        <location filename="../../ui/notice_actions.py" line="19"/>
        <source>服务清单公示</source>
        <translation>Services notice</translation>
    </message>
    <message>
        <location filename="../../ui/notice_actions.py" line="29"/>
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/notice_actions.py" line="38"/>
        <source>正在生成公示清单…</source>
        <translation>Making the notice list…</translation>
    </message>
    <message>
        <location filename="../../ui/notice_actions.py" line="53"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/notice_actions.py" line="60"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/notice_actions.py" line="61"/>
        <source>已导出 {n} 项到 {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
</context>
<context>
    <name>OfferListPage</name>
    <message>
        <location filename="../../ui/offer_list_page.py" line="51"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="56"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="59"/>
        <source>全部社区</source>
        <translation>All communities</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="60"/>
        <source>只看有余量</source>
        <translation>Spare capacity only</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="62"/>
        <source>新增…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="64"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="67"/>
        <source>打印公示…</source>
        <translation>Print notice…</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="69"/>
        <source>导出公示 Excel…</source>
        <translation>Export notice to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="105"/>
        <source>请在左侧选择一项</source>
        <translation>Choose one on the left</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="111"/>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="112"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="113"/>
        <source>需求对象</source>
        <translation>Who needs it</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="114"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="115"/>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="116"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="117"/>
        <source>理由</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="126"/>
        <source>派给此项…</source>
        <translation>Dispatch to this…</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="130"/>
        <source>可对接的未派单需求（按得分排序）</source>
        <translation>Open needs not yet dispatched it could answer (by score)</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="158"/>
        <source>已显示 {n} 项</source>
        <translation>{n} shown</translation>
    </message>
</context>
<context>
    <name>OfferTermsEditor</name>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="29"/>
        <source>社区名称，用顿号分隔；不填表示全站范围</source>
        <translation>Community names separated by 、; empty means the whole area</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="31"/>
        <source>限定时段</source>
        <translation>Set hours</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="35"/>
        <source>人次、场、份、元…</source>
        <translation>people, sessions, portions, yuan…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="37"/>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="38"/>
        <source>不计</source>
        <translation>not counted</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="54"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="56"/>
        <source>可用</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="58"/>
        <source>最多</source>
        <translation>At most</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="63"/>
        <source>服务范围</source>
        <translation>Area served</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="64"/>
        <source>服务日</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="65"/>
        <source>服务时段</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="66"/>
        <source>容量</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="67"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="57"/>
        <source>共 {count} 页</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="58"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="59"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="60"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="61"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="79"/>
        <source>无法显示此 PDF</source>
        <translation>This PDF cannot be shown</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="122"/>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="122"/>
        <source>打印机无法开始打印，请检查打印机后重试。</source>
        <translation>The printer could not start; check the printer and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="151"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="176"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="177"/>
        <source>无法写入 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/pages/people_page.py" line="59"/>
        <source>搜索：姓名、拼音或首字母（如 wxy）、电话或身份证后几位</source>
        <translation>Search: name, pinyin or initials (e.g. wxy), last digits of phone or ID number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="62"/>
        <source>全部身份</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="63"/>
        <source>老人</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="64"/>
        <source>儿童</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="65"/>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="66"/>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="70"/>
        <location filename="../../ui/pages/people_page.py" line="170"/>
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="73"/>
        <source>新增人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="75"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="77"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="110"/>
        <source>新增人员（Ctrl+N）</source>
        <translation>Add person (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="152"/>
        <source>正在查找…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="177"/>
        <source>共 {n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="243"/>
        <source>确定删除 {name} 的档案吗？删除后可以立即撤销。</source>
        <translation>Delete the record of {name}? You can undo it right away.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="244"/>
        <source>删除人员</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="249"/>
        <source>已删除 {name}</source>
        <translation>{name} deleted</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="19"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="20"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="21"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="22"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="23"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="24"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="25"/>
        <source>身份</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="26"/>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="56"/>
        <source>儿童以化名显示</source>
        <translation>Children are shown by their alias</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="15"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="16"/>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="17"/>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="18"/>
        <source>上季度</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="19"/>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="20"/>
        <source>上年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="37"/>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="46"/>
        <source>统计期间</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <location filename="../../ui/widgets/__init__.py" line="106"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/__init__.py" line="108"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/__init__.py" line="115"/>
        <source>老人</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/__init__.py" line="116"/>
        <source>儿童</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/__init__.py" line="117"/>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/__init__.py" line="118"/>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
</context>
<context>
    <name>PersonDetailPanel</name>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="58"/>
        <source>化名</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="59"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="60"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="61"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="62"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="63"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="64"/>
        <source>身份</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="65"/>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="66"/>
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="67"/>
        <source>紧急联系人</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="68"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="75"/>
        <location filename="../../ui/widgets/person_detail_panel.py" line="175"/>
        <location filename="../../ui/widgets/person_detail_panel.py" line="216"/>
        <source>显示完整号码</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="76"/>
        <source>查看完整号码会记入审计日志</source>
        <translation>Viewing the full number is written to the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="85"/>
        <source>儿童：监护人与同意</source>
        <translation>Child: guardians and consent</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="86"/>
        <source>⚠ 该儿童没有有效的监护人同意记录。请尽快由监护人签署同意书并在此登记。</source>
        <translation>⚠ This child has no valid guardian consent. Have a guardian sign the consent form and record it here.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="95"/>
        <source>添加监护人…</source>
        <translation>Add guardian…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="97"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="99"/>
        <source>登记同意…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="101"/>
        <location filename="../../ui/widgets/person_detail_panel.py" line="280"/>
        <source>撤回同意</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="105"/>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="108"/>
        <source>监护人同意</source>
        <translation>Guardian consent</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="112"/>
        <source>在左侧列表中选择一个人查看详情。</source>
        <translation>Select a person in the list to see the details.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="157"/>
        <source>（{age} 岁）</source>
        <translation>(age {age})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="188"/>
        <source>（主要）</source>
        <translation>(primary)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="194"/>
        <source>{day} {who} 同意：{scope}</source>
        <translation>{day} consent by {who}: {scope}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="198"/>
        <source>（已于 {day} 撤回）</source>
        <translation>(withdrawn on {day})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="206"/>
        <source>请先添加监护人</source>
        <translation>Add a guardian first</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="222"/>
        <source>隐藏号码</source>
        <translation>Hide number</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="233"/>
        <source>添加监护人</source>
        <translation>Add guardian</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="248"/>
        <source>移除监护人</source>
        <translation>Remove guardian</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="248"/>
        <source>确定移除监护人 {text}？</source>
        <translation>Remove the guardian {text}?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="280"/>
        <source>确定登记监护人已撤回此项同意？
{text}</source>
        <translation>Record that the guardian has withdrawn this consent?
{text}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="51"/>
        <source>编辑人员档案</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="51"/>
        <source>新增人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="72"/>
        <source>如 1948-03-05</source>
        <translation>e.g. 1948-03-05</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="73"/>
        <source>18 位，填写后自动带出性别和出生日期</source>
        <translation>18 characters; fills in gender and date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="74"/>
        <source>手机号或 0758-1234567</source>
        <translation>Mobile or 0758-1234567</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="75"/>
        <source>儿童在名单和打印件上显示化名</source>
        <translation>Children appear by alias in lists and printouts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="78"/>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="78"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="78"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="85"/>
        <source>老人</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="86"/>
        <source>儿童</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="87"/>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="88"/>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="107"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="248"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="109"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="111"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="121"/>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="123"/>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="124"/>
        <source>身份</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="125"/>
        <source>化名</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="126"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="128"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="129"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="130"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="131"/>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="133"/>
        <source>住址与联系</source>
        <translation>Address and contacts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="135"/>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="136"/>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="137"/>
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="138"/>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="139"/>
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="140"/>
        <source>紧急联系人</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="141"/>
        <source>紧急联系电话</source>
        <translation>Emergency phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="142"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="149"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="150"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="236"/>
        <source>已根据身份证号填写性别和出生日期</source>
        <translation>Gender and date of birth filled in from the ID number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="241"/>
        <source>选择户主</source>
        <translation>Choose head of household</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="298"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="298"/>
        <source>仍要保存吗？</source>
        <translation>Save anyway?</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="150"/>
        <source>选择人员</source>
        <translation>Choose a person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="160"/>
        <source>请选择或填写关系</source>
        <translation>Choose or type the relation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="161"/>
        <source>主要监护人</source>
        <translation>Primary guardian</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="171"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="186"/>
        <source>请先在列表中选择一个人。</source>
        <translation>Select a person in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="189"/>
        <source>请选择或填写与儿童的关系。</source>
        <translation>Choose or type the relation to the child.</translation>
    </message>
</context>
<context>
    <name>PersonSearchList</name>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="76"/>
        <source>输入姓名、化名、拼音首字母、电话、身份证后几位或志愿者编号查找人员档案</source>
        <translation>Type a name, alias, pinyin initials, phone, last digits of the ID number or a volunteer number to find a person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="80"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="81"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="82"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="83"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="84"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="85"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="86"/>
        <source>身份</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="89"/>
        <source>监护人同意</source>
        <translation>Guardian consent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="89"/>
        <source>已同意</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="89"/>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="123"/>
        <source>只显示前 {n} 个，请输入更多内容缩小范围</source>
        <translation>Showing the first {n}; type more to narrow the search</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/messages.py" line="19"/>
        <source>出现了意外错误，操作未完成，数据没有改动。详情已写入数据文件夹的日志。</source>
        <translation>An unexpected error stopped the operation; no data was changed. The details are in the log in the data folder.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>无法完成</source>
        <translation>Could not finish</translation>
    </message>
</context>
<context>
    <name>RedispatchDialog</name>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="72"/>
        <source>改派：{name}</source>
        <translation>Re-dispatch: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="80"/>
        <source>如：对方本周无法安排</source>
        <translation>e.g. they cannot make it this week</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="82"/>
        <source>改派给</source>
        <translation>Re-dispatch to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="83"/>
        <source>改派原因*</source>
        <translation>Reason*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="84"/>
        <source>派单人</source>
        <translation>Dispatched by</translation>
    </message>
</context>
<context>
    <name>RegisterVolunteerDialog</name>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="233"/>
        <source>登记志愿者</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="233"/>
        <source>登记已标记为志愿者的人员</source>
        <translation>Register people marked as volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="237"/>
        <source>留空则自动编号</source>
        <translation>Leave blank to number automatically</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="240"/>
        <source>如 周末上午、工作日晚上</source>
        <translation>e.g. weekend mornings, weekday evenings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="249"/>
        <source>未满 14 周岁不能登记；14 至 18 周岁须先在人员档案中登记监护人同意。人员档案中没有的人，请先在“人员档案”中添加。</source>
        <translation>Under-14s cannot be registered; 14 to 18-year-olds need guardian consent recorded under People first. Add anyone who is not yet under People there first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="256"/>
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="257"/>
        <source>登记日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="258"/>
        <source>服务时间</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="260"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="263"/>
        <source>技能特长</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="284"/>
        <source>请先在列表中选择一个人。</source>
        <translation>Choose a person in the list first.</translation>
    </message>
</context>
<context>
    <name>ReportBar</name>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="83"/>
        <source>重新统计</source>
        <translation>Count again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="84"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="85"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="121"/>
        <source>修改资源</source>
        <translation>Edit resource</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="121"/>
        <source>新增资源</source>
        <translation>New resource</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="124"/>
        <source>如：党群服务中心多功能厅</source>
        <translation>e.g. the party-service centre&apos;s hall</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="128"/>
        <source>提供单位或个人</source>
        <translation>Organisation or person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="129"/>
        <source>（不是本站队伍）</source>
        <translation>(not one of our teams)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="138"/>
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="140"/>
        <source>资源名称*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="141"/>
        <source>提供方*</source>
        <translation>Provider*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="142"/>
        <source>资源类型*</source>
        <translation>Kind*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="143"/>
        <source>可提供的服务</source>
        <translation>Can provide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="145"/>
        <source>只在这些日子：2026-07-01、2026-07-08（可不填）</source>
        <translation>Only on these days: 2026-07-01、2026-07-08 (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="148"/>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="149"/>
        <source>年-月-日</source>
        <translation>year-month-day</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="154"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="158"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="160"/>
        <source>可服务日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="161"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="162"/>
        <source>有效期</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="163"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="32"/>
        <source>资源清单</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="32"/>
        <source>名称、提供方或备注</source>
        <translation>Name, provider or notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="36"/>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="43"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="44"/>
        <source>提供方</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="45"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="46"/>
        <source>可提供服务</source>
        <translation>Can provide</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="47"/>
        <source>服务范围</source>
        <translation>Area served</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="47"/>
        <location filename="../../ui/pages/resources_page.py" line="76"/>
        <source>全站</source>
        <translation>Whole area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="48"/>
        <source>余量</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="49"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="65"/>
        <source>有效期：{a} 至 {b}</source>
        <translation>Valid: {a} to {b}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="67"/>
        <source>提供方：{p}（{k}）</source>
        <translation>Provider: {p} ({k})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="70"/>
        <source>类型：{k}&#x3000;状态：{s}</source>
        <translation>Kind: {k}&#x3000;Status: {s}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="73"/>
        <source>可提供服务：{c}</source>
        <translation>Can provide: {c}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="76"/>
        <source>服务范围：{a}</source>
        <translation>Area served: {a}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="77"/>
        <source>可服务时间：{t}</source>
        <translation>Available: {t}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="80"/>
        <source>容量：{c}&#x3000;派单占用：{h}</source>
        <translation>Capacity: {c}&#x3000;Held by dispatches: {h}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="81"/>
        <source>不计</source>
        <translation>not counted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="83"/>
        <source>联系人：{n} {p}</source>
        <translation>Contact: {n} {p}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="85"/>
        <source>备注：{n}</source>
        <translation>Notes: {n}</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="46"/>
        <source>导入志愿者名册：{name}</source>
        <translation>Import volunteer roster: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="57"/>
        <source>第 1 步：指定每一项在表格的哪一列（已按表头和上次的选择预先填好）。共 {rows} 行数据。</source>
        <translation>Step 1: say which column holds each item (filled in from the headings and your last choice). {rows} data rows.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="65"/>
        <source>（不导入）</source>
        <translation>(don&apos;t import)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="67"/>
        <source>第 {n} 列</source>
        <translation>Column {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="80"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="81"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="82"/>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="83"/>
        <source>手机号码</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="84"/>
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="84"/>
        <source>（自动）</source>
        <translation>(automatic)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="85"/>
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="86"/>
        <source>检查结果</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="86"/>
        <source>无误</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="95"/>
        <source>跳过有错误的行，只导入无误的行</source>
        <translation>Skip rows with errors and import only the correct rows</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="103"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="105"/>
        <source>下一步：检查并预览</source>
        <translation>Next: check and preview</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="107"/>
        <source>确认导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="109"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="141"/>
        <source>请指定“姓名”所在的列。</source>
        <translation>Choose the column that holds the name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="146"/>
        <source>正在检查每一行…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="158"/>
        <source>第 2 步：可导入 {ok} 行，有错误 {bad} 行（红色）。确认之前不会写入任何数据。</source>
        <translation>Step 2: {ok} rows can be imported, {bad} have errors (red). Nothing is saved until you confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="169"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="191"/>
        <source>选择志愿者名册</source>
        <translation>Choose a volunteer roster</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="213"/>
        <source>正在读取表格…</source>
        <translation>Reading the spreadsheet…</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <location filename="../../ui/dialogs/saving_dialog.py" line="27"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/saving_dialog.py" line="28"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/saving_dialog.py" line="61"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="34"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="37"/>
        <source>姓名、拼音首字母、电话或身份证后几位、志愿者编号、辅导班或活动名称</source>
        <translation>Name, pinyin initials, phone or last digits of the ID number, volunteer number, class or activity name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="40"/>
        <source>回车打开第一条；单击打开所选。</source>
        <translation>Enter opens the first; a click opens the one chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="63"/>
        <source>辅导班</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="63"/>
        <source>活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="67"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="68"/>
        <source>{n}岁</source>
        <translation>{n} yrs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="76"/>
        <source>没有找到。</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="214"/>
        <source>修改服务</source>
        <translation>Edit service</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="214"/>
        <source>新增服务</source>
        <translation>New service</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="217"/>
        <source>如：陪同就医</source>
        <translation>e.g. accompanying to hospital</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="219"/>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="225"/>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="226"/>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="229"/>
        <source>其他条件，如：本街道常住居民</source>
        <translation>Other conditions, e.g. residents of this subdistrict</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="230"/>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="231"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="232"/>
        <source>负责的工作人员</source>
        <translation>Staff member in charge</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="233"/>
        <source>（不属于志愿服务项目）</source>
        <translation>(not part of a volunteer project)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="234"/>
        <source>如：每周三上午</source>
        <translation>e.g. Wednesday mornings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="241"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="241"/>
        <source>岁</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="245"/>
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="247"/>
        <source>资源</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="249"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="253"/>
        <source>服务名称*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="254"/>
        <source>服务类别*</source>
        <translation>Category*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="255"/>
        <source>服务内容</source>
        <translation>Work done</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="256"/>
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="257"/>
        <source>服务条件</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="258"/>
        <source>提供方</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="259"/>
        <source>所属项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="260"/>
        <source>服务时间</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="261"/>
        <source>服务地点</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>ServiceHoursPage</name>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="56"/>
        <source>服务记录与确认</source>
        <translation>Service records and confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="57"/>
        <source>时长汇总</source>
        <translation>Hours summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="58"/>
        <source>服务时长</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="61"/>
        <source>计时规则：按签到、签退的实际时间，向下取整到半小时（不足半小时的部分不计），每人每天最多计 {cap} 小时；负责人确认后锁定，之后只能写明原因更正。</source>
        <translation>How hours count: actual sign-in to sign-out time, rounded down to the half hour (part of a half hour does not count), at most {cap} hours per person per day. Confirmed records are locked; after that they can only be corrected with a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="75"/>
        <source>志愿者姓名或编号</source>
        <translation>Volunteer name or number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="77"/>
        <source>只看待确认</source>
        <translation>Unconfirmed only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="80"/>
        <source>确认所选…</source>
        <translation>Confirm selected…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="82"/>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="84"/>
        <source>更正记录…</source>
        <translation>Correction log…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="86"/>
        <source>删除未确认记录</source>
        <translation>Delete unconfirmed record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="88"/>
        <source>补录服务记录…</source>
        <translation>Add a service record…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="94"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="95"/>
        <location filename="../../ui/pages/service_hours_page.py" line="151"/>
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="96"/>
        <location filename="../../ui/pages/service_hours_page.py" line="151"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="97"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="98"/>
        <source>活动 / 内容</source>
        <translation>Activity / work</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="99"/>
        <source>计入（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="101"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="108"/>
        <source>更正原因</source>
        <translation>Correction reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="123"/>
        <source>服务时长记录</source>
        <translation>Service hours records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="137"/>
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="139"/>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="141"/>
        <source>{m} 月</source>
        <translation>Month {m}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="147"/>
        <source>已确认时长（小时）</source>
        <translation>Confirmed hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="148"/>
        <source>服务人次</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="153"/>
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="154"/>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="156"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="162"/>
        <source>按志愿者</source>
        <translation>By volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="163"/>
        <source>按队伍（全年）</source>
        <translation>By team (year)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="164"/>
        <source>按项目（全年）</source>
        <translation>By project (year)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="194"/>
        <source>{year} 年已确认 {total} 小时。各月：{months}</source>
        <translation>{year}: {total} confirmed hours. By month: {months}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="198"/>
        <source>{m}月 {h} 小时/{v} 人</source>
        <translation>month {m}: {h} h / {v} people</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="200"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="203"/>
        <source>待确认 {n} 条</source>
        <translation>{n} unconfirmed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="213"/>
        <source>确认服务时长</source>
        <translation>Confirm service hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="213"/>
        <source>请先选择待确认的记录（可按住 Ctrl 或 Shift 多选）。</source>
        <translation>Select the unconfirmed records first (hold Ctrl or Shift to select several).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="218"/>
        <source>确认 {n} 条服务记录（{h} 小时）</source>
        <translation>Confirm {n} service records ({h} hours)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="221"/>
        <source>确认人（活动负责人）</source>
        <translation>Confirmed by (activity leader)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="248"/>
        <source>更正记录</source>
        <translation>Correction log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="258"/>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="242"/>
        <source>请选择一条记录。</source>
        <translation>Choose a record.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="103"/>
        <source>{state}（{by}）</source>
        <translation>{state} ({by})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="274"/>
        <location filename="../../ui/pages/service_hours_page.py" line="277"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="277"/>
        <source>删除这条未确认的服务记录？</source>
        <translation>Delete this unconfirmed service record?</translation>
    </message>
</context>
<context>
    <name>ServiceRecordDialog</name>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="80"/>
        <source>完成派单：{name}</source>
        <translation>Close dispatch: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="82"/>
        <source>登记服务：需求 {number}</source>
        <translation>Record a service: need {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="84"/>
        <source>登记服务</source>
        <translation>Record a service</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="94"/>
        <source>（不属于服务清单中的项目）</source>
        <translation>(not a service of the list)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="96"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="97"/>
        <source>提供服务的工作人员</source>
        <translation>Staff member who served</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="100"/>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="102"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="104"/>
        <source>按所选人员</source>
        <translation>as named</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="109"/>
        <source>添加志愿者…</source>
        <translation>Add volunteer…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="112"/>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="152"/>
        <source>服务内容</source>
        <translation>Work done</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="115"/>
        <source>（未评价）</source>
        <translation>(not rated)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="118"/>
        <source>需求已解决，办结该需求</source>
        <translation>The need is met; complete it</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="120"/>
        <source>填写记录的工作人员姓名</source>
        <translation>Name of the staff member writing the record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="123"/>
        <source>从</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="123"/>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="134"/>
        <source>（集体服务填写总人数，如夏日送清凉）</source>
        <translation>(for a group service give the total, e.g. summer cooling)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="139"/>
        <source>服务时间</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="141"/>
        <source>服务项目</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="142"/>
        <source>提供队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="143"/>
        <source>服务类别*</source>
        <translation>Category*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="144"/>
        <source>服务人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="145"/>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="200"/>
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="146"/>
        <source>服务人数</source>
        <translation>People served</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="147"/>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="205"/>
        <source>参与志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="148"/>
        <source>勾选的志愿者按服务时间计入服务时长（半小时为单位，待确认）。</source>
        <translation>The ticked volunteers are credited the service time (in half hours, to be confirmed).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="151"/>
        <source>服务地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="153"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="156"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="161"/>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
</context>
<context>
    <name>ServiceRecordsPage</name>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="40"/>
        <source>全部来源</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="44"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="45"/>
        <location filename="../../ui/pages/service_records_page.py" line="110"/>
        <source>全部人员</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="46"/>
        <source>按人员查看…</source>
        <translation>By person…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="48"/>
        <source>显示全部人员</source>
        <translation>Show everyone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="51"/>
        <source>登记服务…</source>
        <translation>Record a service…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="53"/>
        <source>删除所选记录</source>
        <translation>Delete the chosen record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="61"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="62"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="63"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="64"/>
        <source>服务</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="65"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="66"/>
        <source>提供者</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="67"/>
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="68"/>
        <source>人数</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="69"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="70"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="81"/>
        <location filename="../../ui/pages/service_records_page.py" line="83"/>
        <source>服务记录</source>
        <translation>Service records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="86"/>
        <source>探访和辅导课次在各自页面登记，这里一并列出（只读），不必重复登记。</source>
        <translation>Visits and tutoring sessions are recorded on their own pages and listed here read-only; do not enter them twice.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="110"/>
        <source>{name} 的服务</source>
        <translation>Services of {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="116"/>
        <source>查看谁的服务</source>
        <translation>Whose services</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="128"/>
        <location filename="../../ui/pages/service_records_page.py" line="133"/>
        <source>删除记录</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="128"/>
        <source>探访和辅导课次请在“探访”或“辅导班”页修改或删除。</source>
        <translation>Change or delete visits and tutoring sessions on the Visits or Tutoring page.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="130"/>
        <source>删除 {day} 的“{title}”服务记录？未确认的志愿服务时长一并删除。</source>
        <translation>Delete the record “{title}” of {day}? Unconfirmed volunteer hours go with it.</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../ui/pages/services_page.py" line="27"/>
        <source>{a}-{b} 岁</source>
        <translation>aged {a}-{b}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="29"/>
        <source>{a} 岁以上</source>
        <translation>aged {a} and over</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="31"/>
        <source>{b} 岁以下</source>
        <translation>aged {b} and under</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="33"/>
        <source>不限年龄</source>
        <translation>any age</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="44"/>
        <source>服务清单</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="44"/>
        <source>名称、内容或负责人员</source>
        <translation>Name, content or staff</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="48"/>
        <source>全部对象</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="55"/>
        <source>服务名称</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="56"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="57"/>
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="57"/>
        <location filename="../../ui/pages/services_page.py" line="81"/>
        <source>全体居民</source>
        <translation>All residents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="58"/>
        <source>提供方</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="59"/>
        <source>服务时间</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="60"/>
        <source>余量</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="61"/>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="62"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="77"/>
        <source>类别：{c}&#x3000;状态：{s}</source>
        <translation>Category: {c}&#x3000;Status: {s}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="80"/>
        <source>服务对象：{g}&#x3000;条件：{a}</source>
        <translation>For: {g}&#x3000;Eligibility: {a}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="83"/>
        <source>其他条件：{e}</source>
        <translation>Other conditions: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="84"/>
        <source>提供方：{p}&#x3000;所属项目：{j}</source>
        <translation>Provider: {p}&#x3000;Project: {j}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="85"/>
        <source>服务时间：{t}&#x3000;地点：{p}</source>
        <translation>When: {t}&#x3000;Place: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="88"/>
        <source>服务范围：{a}</source>
        <translation>Area served: {a}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="88"/>
        <source>全站</source>
        <translation>Whole area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="89"/>
        <source>容量：{c}&#x3000;派单占用：{h}</source>
        <translation>Capacity: {c}&#x3000;Held by dispatches: {h}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="90"/>
        <source>不计</source>
        <translation>not counted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="92"/>
        <source>服务内容：{d}</source>
        <translation>Content: {d}</translation>
    </message>
</context>
<context>
    <name>SessionTimeDialog</name>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="336"/>
        <source>修改课次时间</source>
        <translation>Change session date and time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="346"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="347"/>
        <source>开始时间</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="348"/>
        <source>结束时间</source>
        <translation>Ends</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="26"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="32"/>
        <source>手机或带区号的座机，如 0755-12345678</source>
        <translation>A mobile or a landline with its area code, e.g. 0755-12345678</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="38"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="39"/>
        <source>更改语言后，重新启动程序生效。</source>
        <translation>A new language takes effect when the program restarts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="40"/>
        <source>本站电话</source>
        <translation>Station phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="41"/>
        <source>打印在志愿服务证明上，供核验证明编号。</source>
        <translation>Printed on certificates of service hours, for verifying their number.</translation>
    </message>
</context>
<context>
    <name>ShiftEntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="18"/>
        <source>补录服务记录</source>
        <translation>Record a shift afterwards</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="22"/>
        <source>如 0930</source>
        <translation>e.g. 0930</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="23"/>
        <source>如 1130</source>
        <translation>e.g. 1130</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="27"/>
        <source>志愿者*</source>
        <translation>Volunteer*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="28"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="29"/>
        <source>签到时间*</source>
        <translation>Signed in*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="30"/>
        <source>签退时间*</source>
        <translation>Signed out*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="31"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="32"/>
        <source>服务内容</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>SigninDialog</name>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="372"/>
        <source>打印签到表</source>
        <translation>Print sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="378"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="379"/>
        <source>空白行（临时参加）</source>
        <translation>Blank rows (walk-ins)</translation>
    </message>
</context>
<context>
    <name>SimpleFormDialog</name>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="124"/>
        <source>请填写：{fields}</source>
        <translation>Please fill in: {fields}</translation>
    </message>
</context>
<context>
    <name>StationSetupDialog</name>
    <message>
        <location filename="../../ui/dialogs/station_setup_dialog.py" line="19"/>
        <source>首次使用：设置站点</source>
        <translation>First use: set up the station</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_setup_dialog.py" line="21"/>
        <source>如 ZQ-DZ-001（由市级系统分配）</source>
        <translation>e.g. ZQ-DZ-001 (assigned by the city)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_setup_dialog.py" line="23"/>
        <source>如 端州区城东街道社区服务站</source>
        <translation>e.g. 端州区城东街道社区服务站</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_setup_dialog.py" line="30"/>
        <source>从 U 盘备份恢复…</source>
        <translation>Restore from a USB backup…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_setup_dialog.py" line="33"/>
        <source>这是一个新的数据文件夹。请填写本站点的编码和名称。</source>
        <translation>This is a new data folder. Enter this station&apos;s code and name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_setup_dialog.py" line="34"/>
        <source>换了新电脑？点“从 U 盘备份恢复…”，取回本站的数据和同步密钥。</source>
        <translation>A new PC? Click “Restore from a USB backup…” to bring back the station&apos;s data and sync keys.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_setup_dialog.py" line="35"/>
        <source>站点编码</source>
        <translation>Station code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_setup_dialog.py" line="36"/>
        <source>站点名称</source>
        <translation>Station name</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="49"/>
        <source>导出统计报表</source>
        <translation>Export the statistics report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="136"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="82"/>
        <source>分类</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="83"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="84"/>
        <location filename="../../ui/pages/statistics_page.py" line="106"/>
        <source>数量</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="85"/>
        <location filename="../../ui/pages/statistics_page.py" line="107"/>
        <source>上期</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="86"/>
        <source>环比</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="87"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="105"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="124"/>
        <source>分类查看</source>
        <translation>Break down by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="140"/>
        <source>双击一项指标或一个分类，查看其中的记录。</source>
        <translation>Double-click a figure or a category to see its records.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="161"/>
        <source>{title}（{start} 至 {end}），上期 {previous}</source>
        <translation>{title} ({start} to {end}); previous period {previous}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="178"/>
        <source>口径：{text}</source>
        <translation>Counts: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="197"/>
        <source>{name}（{unit}）近 {n} 个月</source>
        <translation>{name} ({unit}), last {n} months</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="218"/>
        <source>（此指标不分类）</source>
        <translation>(this figure has no breakdown)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="258"/>
        <source>{name}：{period}的记录</source>
        <translation>{name}: records of {period}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="273"/>
        <source>{name}（{category}）：{period}的记录</source>
        <translation>{name} ({category}): records of {period}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="287"/>
        <source>正在生成统计报表…</source>
        <translation>Making the statistics report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="290"/>
        <source>统计报表</source>
        <translation>Statistics report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="298"/>
        <source>统计报表-{code}-{period}.xlsx</source>
        <translation>statistics-{code}-{period}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="305"/>
        <source>正在导出统计报表…</source>
        <translation>Exporting the statistics report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="310"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="310"/>
        <source>统计报表已保存到 {path}</source>
        <translation>The statistics report was saved to {path}</translation>
    </message>
</context>
<context>
    <name>SyncFiles</name>
    <message>
        <location filename="../../ui/city_window.py" line="47"/>
        <source>选择站点的同步包</source>
        <translation>Choose station bundles</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="49"/>
        <location filename="../../ui/pages/sync_page.py" line="50"/>
        <source>同步包 (*.sdbundle);;所有文件 (*)</source>
        <translation>Sync bundles (*.sdbundle);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="56"/>
        <location filename="../../ui/pages/sync_page.py" line="57"/>
        <source>选择导出到的文件夹（如 U 盘）</source>
        <translation>Choose the folder to export to (e.g. a USB drive)</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="64"/>
        <source>保存登记文件</source>
        <translation>Save enrolment file</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="66"/>
        <source>登记文件 (*.json)</source>
        <translation>Enrolment files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="38"/>
        <source>选择市级平台的登记文件</source>
        <translation>Choose the city hub&apos;s enrolment file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="40"/>
        <source>登记文件 (*.json);;所有文件 (*)</source>
        <translation>Enrolment files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="48"/>
        <source>选择市级平台发回的同步包</source>
        <translation>Choose the bundle the city sent back</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="67"/>
        <source>数据同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="70"/>
        <source>与市级平台的同步</source>
        <translation>Sync with the city hub</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="77"/>
        <location filename="../../ui/pages/sync_page.py" line="107"/>
        <location filename="../../ui/pages/sync_page.py" line="161"/>
        <source>市级平台</source>
        <translation>City hub</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="78"/>
        <source>上次导出</source>
        <translation>Last export</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="79"/>
        <source>上次导入</source>
        <translation>Last import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="80"/>
        <source>待发送</source>
        <translation>Waiting to go</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="84"/>
        <source>导出同步包</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="86"/>
        <source>导入市级同步包…</source>
        <translation>Import the city&apos;s bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="88"/>
        <source>登记到市级平台…</source>
        <translation>Enrol with the city hub…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="90"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="93"/>
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="100"/>
        <source>密钥指纹（请与市级平台电话核对）</source>
        <translation>Key fingerprints (compare with the city hub by phone)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="108"/>
        <source>本站</source>
        <translation>This station</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="110"/>
        <source>最近一次导入报告</source>
        <translation>Latest import report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="115"/>
        <source>冲突（两端都改过的记录）</source>
        <translation>Conflicts (records changed at both ends)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="145"/>
        <source>从未</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="149"/>
        <source>尚未登记。请向市民政部门索取登记文件，然后点“登记到市级平台…”。</source>
        <translation>Not enrolled yet. Ask the city&apos;s civil affairs bureau for an enrolment file, then click “Enrol with the city hub…”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="154"/>
        <source>{n} 条记录</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="161"/>
        <source>本站导入时</source>
        <translation>This station&apos;s import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="194"/>
        <source>登记完成</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="196"/>
        <source>已登记到 {city}。请打电话给市级平台，核对下面的密钥指纹：
市级签名 {cs}
市级加密 {ce}
本站签名 {ss}
本站加密 {se}</source>
        <translation>Enrolled with {city}. Phone the city hub and compare these key fingerprints:
city signing {cs}
city encryption {ce}
station signing {ss}
station encryption {se}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="213"/>
        <source>正在导出同步包…</source>
        <translation>Exporting the bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="220"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="221"/>
        <source>已写入并回读校验：
{path}
共 {n} 条记录。请把 U 盘交给市民政部门。</source>
        <translation>Written and verified by reading back:
{path}
{n} records in all. Take the USB drive to the city&apos;s civil affairs bureau.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="237"/>
        <source>正在检查并导入同步包…</source>
        <translation>Checking and importing the bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="242"/>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="258"/>
        <source>签名 {s}
加密 {e}</source>
        <translation>signing {s}
encryption {e}</translation>
    </message>
</context>
<context>
    <name>SyncWidgets</name>
    <message>
        <location filename="../../ui/sync_widgets.py" line="48"/>
        <source>可用</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="79"/>
        <source>表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="80"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="81"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="83"/>
        <source>保留的值来自</source>
        <translation>Kept value from</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="84"/>
        <source>另一方</source>
        <translation>Other side</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="85"/>
        <source>不同的字段</source>
        <translation>Fields that differ</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="74"/>
        <source>双方都修改</source>
        <translation>Changed at both ends</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="60"/>
        <source>U 盘：</source>
        <translation>USB drive: </translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="61"/>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="75"/>
        <source>修改与删除冲突</source>
        <translation>Edit against delete</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="82"/>
        <source>判定于</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="111"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="112"/>
        <source>当前保留的值</source>
        <translation>Value kept now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="113"/>
        <source>另一方的值</source>
        <translation>Other side&apos;s value</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="120"/>
        <source>保留当前值</source>
        <translation>Keep current value</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="121"/>
        <source>改用另一方的值</source>
        <translation>Use the other value</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="204"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="206"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="208"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="169"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="176"/>
        <source>从全部志愿者中选择…</source>
        <translation>Choose from all volunteers…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="185"/>
        <source>队伍名称*</source>
        <translation>Team name*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="186"/>
        <source>队长</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="187"/>
        <source>服务区域</source>
        <translation>Service area</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="188"/>
        <source>简介</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="189"/>
        <source>队长须是已登记的志愿者；不是队员的会自动加入本队。</source>
        <translation>The leader must be a registered volunteer; one who is not a member joins the team.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="199"/>
        <source>选择队长</source>
        <translation>Choose the leader</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="211"/>
        <source>请填写队伍名称。</source>
        <translation>Please enter the team&apos;s name.</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="30"/>
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="31"/>
        <source>队长</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="32"/>
        <source>服务区域</source>
        <translation>Service area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="33"/>
        <location filename="../../ui/pages/teams_page.py" line="69"/>
        <source>队员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="34"/>
        <location filename="../../ui/pages/teams_page.py" line="39"/>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="40"/>
        <location filename="../../ui/pages/teams_page.py" line="148"/>
        <source>承办队伍</source>
        <translation>Team in charge</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="41"/>
        <source>活动场次</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="42"/>
        <location filename="../../ui/pages/teams_page.py" line="153"/>
        <source>简介</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="47"/>
        <location filename="../../ui/pages/teams_page.py" line="192"/>
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="48"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="49"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="50"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="51"/>
        <source>本年时长</source>
        <translation>Hours this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="56"/>
        <source>新建队伍…</source>
        <translation>New team…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="58"/>
        <source>编辑队伍…</source>
        <translation>Edit team…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="60"/>
        <source>新建项目…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="62"/>
        <source>编辑项目…</source>
        <translation>Edit project…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="64"/>
        <source>加入队员…</source>
        <translation>Add members…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="67"/>
        <location filename="../../ui/pages/teams_page.py" line="203"/>
        <source>移出队伍</source>
        <translation>Remove from team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="77"/>
        <source>志愿服务队伍</source>
        <translation>Volunteer teams</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="84"/>
        <source>志愿服务项目</source>
        <translation>Volunteer projects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="95"/>
        <source>队伍与项目</source>
        <translation>Teams and projects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="118"/>
        <source>队员：{team}（{n} 人）</source>
        <translation>Members: {team} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="122"/>
        <source>新建队伍</source>
        <translation>New team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="129"/>
        <source>编辑队伍</source>
        <translation>Edit team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="129"/>
        <source>请先选择一支队伍。</source>
        <translation>Please select a team first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="134"/>
        <source>编辑队伍：{team}</source>
        <translation>Edit team: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="145"/>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="150"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="157"/>
        <source>新建项目</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="170"/>
        <source>编辑项目</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="170"/>
        <source>请先选择一个项目。</source>
        <translation>Please select a project first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="173"/>
        <source>编辑项目：{name}</source>
        <translation>Edit project: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="191"/>
        <source>加入队员：{team}</source>
        <translation>Add members: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="203"/>
        <source>将 {name} 移出“{team}”？</source>
        <translation>Remove {name} from “{team}”?</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="193"/>
        <source>生成学期课次</source>
        <translation>Generate term sessions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="198"/>
        <source>不上课的日期，用逗号或换行分隔；连续几天写成
2026-10-01~2026-10-07</source>
        <translation>Days without class, separated by commas or new lines; write a run of days as
2026-10-01~2026-10-07</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="204"/>
        <source>按每周上课时间（{schedule}）生成课次；已有的课次不会重复生成。</source>
        <translation>Sessions are generated from the weekly times ({schedule}); existing sessions are not duplicated.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="205"/>
        <source>未设置</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="209"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="210"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="211"/>
        <source>节假日（不上课）</source>
        <translation>Holidays (no class)</translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="69"/>
        <source>第 {row} 行 {name}：{problem}</source>
        <translation>Row {row} {name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="117"/>
        <source>录入签到表：{name}</source>
        <translation>Enter sign-in sheet: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="122"/>
        <source>{name}&#x3000;{day} {start}-{end}&#x3000;{place}</source>
        <translation>{name}   {day} {start}-{end}   {place}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="132"/>
        <source>照纸质签到表输入时间：0930 即 09:30，回车跳到下一格；方向键移动；空行表示未到。Ctrl+S 保存。</source>
        <translation>Type the times from the paper sheet: 0930 means 09:30, Enter goes to the next cell, arrow keys move, an empty row means absent. Ctrl+S saves.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="138"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="139"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="140"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="141"/>
        <source>签到时间</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="142"/>
        <source>签退时间</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="143"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="155"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="155"/>
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="173"/>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="175"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="212"/>
        <source>共 {total} 人，已到 {came} 人</source>
        <translation>{total} people, {came} present</translation>
    </message>
</context>
<context>
    <name>TutoringPage</name>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="57"/>
        <source>新建班级…</source>
        <translation>New class…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="61"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="62"/>
        <location filename="../../ui/pages/tutoring_page.py" line="110"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="61"/>
        <source>（已结束）</source>
        <translation> (ended)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="63"/>
        <source>人数</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="64"/>
        <location filename="../../ui/pages/tutoring_page.py" line="133"/>
        <location filename="../../ui/pages/tutoring_page.py" line="315"/>
        <source>课次</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="77"/>
        <source>编辑班级…</source>
        <translation>Edit class…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="78"/>
        <source>报名儿童…</source>
        <translation>Enrol…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="79"/>
        <location filename="../../ui/pages/tutoring_page.py" line="264"/>
        <source>退班</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="80"/>
        <source>生成学期课次…</source>
        <translation>Term sessions…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="81"/>
        <source>添加小组活动…</source>
        <translation>Group activity…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="82"/>
        <source>录入考勤</source>
        <translation>Take attendance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="83"/>
        <source>打印签到表…</source>
        <translation>Print sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="84"/>
        <source>月度考勤汇总…</source>
        <translation>Monthly summary…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="85"/>
        <source>结班…</source>
        <translation>Close class…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="94"/>
        <source>儿童（化名）</source>
        <translation>Child (alias)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="95"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="96"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="97"/>
        <source>报名日期</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="98"/>
        <location filename="../../ui/pages/tutoring_page.py" line="112"/>
        <source>已记录</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="99"/>
        <location filename="../../ui/pages/tutoring_page.py" line="113"/>
        <source>出勤</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="100"/>
        <source>出勤率</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="107"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="108"/>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="109"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="111"/>
        <source>科目</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="118"/>
        <source>修改课次时间…</source>
        <translation>Change date/time…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="120"/>
        <location filename="../../ui/pages/tutoring_page.py" line="334"/>
        <source>取消课次</source>
        <translation>Cancel session</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="132"/>
        <source>儿童</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="140"/>
        <source>辅导班</source>
        <translation>Tutoring classes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="161"/>
        <source>还没有辅导班。点“新建班级…”开始。</source>
        <translation>No tutoring classes yet. Click “New class…” to start.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="181"/>
        <source>{a} 至 {b}</source>
        <translation>{a} to {b}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="182"/>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="188"/>
        <source>科目：{subjects}&#x3000;学期：{term}&#x3000;地点：{place}&lt;br&gt;每周：{schedule}&lt;br&gt;辅导员：{tutors}&#x3000;已报名 {enrolled} 人 / 容量 {capacity}&#x3000;课次 {sessions}</source>
        <translation>Subjects: {subjects}&amp;nbsp;&amp;nbsp;&amp;nbsp;Term: {term}&amp;nbsp;&amp;nbsp;&amp;nbsp;Place: {place}&lt;br&gt;Weekly: {schedule}&lt;br&gt;Tutors: {tutors}&amp;nbsp;&amp;nbsp;&amp;nbsp;Enrolled: {enrolled} / {capacity}&amp;nbsp;&amp;nbsp;&amp;nbsp;Sessions: {sessions}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="241"/>
        <source>报名儿童</source>
        <translation>Enrol children</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="244"/>
        <source>报名前须已登记监护人书面同意；没有同意的儿童会被拒绝并提示缺少什么。</source>
        <translation>A guardian&apos;s written consent must be on record before enrolment; a child without it is refused, with the reason shown.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="251"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="265"/>
        <source>让 {name} 从“{cls}”退班？已记录的考勤会保留。</source>
        <translation>Withdraw {name} from “{cls}”? Attendance already recorded is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="281"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="284"/>
        <source>生成学期课次</source>
        <translation>Generate term sessions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="285"/>
        <source>新生成 {created} 个课次，已有 {existing} 个未重复生成。
跳过的节假日：{skipped}</source>
        <translation>{created} sessions generated; {existing} already existed and were not repeated.
Holidays skipped: {skipped}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="315"/>
        <source>请先在“课次”列表中选中一个课次。</source>
        <translation>Select a session in the Sessions list first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="335"/>
        <source>取消 {day} {time} 的课次？</source>
        <translation>Cancel the session of {day} {time}?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="345"/>
        <source>今天（{day}）结束“{name}”？仍在班的 {n} 名儿童将于今天退班，今天以后未记录考勤的课次将取消；已有的课次、考勤和报名记录都会保留。</source>
        <translation>End “{name}” today ({day})? The {n} children still enrolled leave today and later sessions with no attendance are cancelled; sessions held, attendance and enrolments are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="348"/>
        <source>结班</source>
        <translation>Close class</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="383"/>
        <source>正在生成签到表…</source>
        <translation>Building the sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="388"/>
        <source>签到表</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="400"/>
        <source>正在生成月度考勤汇总…</source>
        <translation>Building the monthly attendance summary…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="404"/>
        <source>月度考勤汇总</source>
        <translation>Monthly attendance</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/widgets/undo_bar.py" line="18"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../ui/dialogs/user_guide_dialog.py" line="17"/>
        <source>StationDesk 用户指南</source>
        <translation>StationDesk user guide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_guide_dialog.py" line="23"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>能力完好</source>
        <translation>Intact</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>轻度失能</source>
        <translation>Mildly impaired</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>中度失能</source>
        <translation>Moderately impaired</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>重度失能</source>
        <translation>Severely impaired</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>完全失能</source>
        <translation>Completely impaired</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>高风险</source>
        <translation>High risk</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>重点</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <location filename="../../ui/list_labels.py" line="26"/>
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>上门走访</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>电话问候</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>到站服务</source>
        <translation>Service at the station</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>委托探访</source>
        <translation>Visit by proxy</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <location filename="../../ui/list_labels.py" line="35"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <location filename="../../ui/list_labels.py" line="37"/>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <location filename="../../ui/list_labels.py" line="39"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>首次</source>
        <translation>First</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>常规</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>即时</source>
        <translation>Immediate</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>复评</source>
        <translation>Re-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>出勤</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>缺勤</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>早退</source>
        <translation>Left early</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>一对一</source>
        <translation>One-to-one</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>小组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>暑托班</source>
        <translation>Summer day camp</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>寒托班</source>
        <translation>Winter day camp</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <location filename="../../ui/list_labels.py" line="112"/>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <location filename="../../ui/list_labels.py" line="113"/>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <location filename="../../ui/list_labels.py" line="114"/>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <location filename="../../ui/list_labels.py" line="115"/>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <location filename="../../ui/list_labels.py" line="116"/>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <location filename="../../ui/list_labels.py" line="117"/>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <location filename="../../ui/list_labels.py" line="118"/>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <location filename="../../ui/list_labels.py" line="88"/>
        <source>辅导</source>
        <translation>Tutoring</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>小组活动</source>
        <translation>Group activity</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>在册</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <location filename="../../ui/list_labels.py" line="50"/>
        <source>暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>退出</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>助老服务</source>
        <translation>Help for elders</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>关爱儿童</source>
        <translation>Care for children</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>文体活动</source>
        <translation>Culture and sports</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>环境整治</source>
        <translation>Neighbourhood clean-up</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>便民服务</source>
        <translation>Services for residents</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>宣传教育</source>
        <translation>Public education</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <location filename="../../ui/list_labels.py" line="104"/>
        <source>应急救援</source>
        <translation>Emergency rescue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>已到</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>未到</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>待确认</source>
        <translation>Unconfirmed</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="17"/>
        <source>待受理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="18"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="19"/>
        <source>已派单</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="20"/>
        <source>服务中</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="21"/>
        <location filename="../../ui/list_labels.py" line="74"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="22"/>
        <source>已评价</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="23"/>
        <source>不予受理</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="24"/>
        <source>已撤销</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="26"/>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="28"/>
        <source>入户走访</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="29"/>
        <source>居民反馈</source>
        <translation>Resident feedback</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="30"/>
        <source>座谈研讨</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="31"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="32"/>
        <location filename="../../ui/list_labels.py" line="70"/>
        <location filename="../../ui/list_labels.py" line="107"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="36"/>
        <source>比较满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="38"/>
        <source>不太满意</source>
        <translation>Not quite satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="42"/>
        <source>老年人</source>
        <translation>Elders</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="43"/>
        <source>儿童</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="44"/>
        <source>新就业群体</source>
        <translation>New-employment workers</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="45"/>
        <source>困难群众</source>
        <translation>People in difficulty</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="46"/>
        <source>残疾人</source>
        <translation>Disabled people</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="49"/>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="51"/>
        <source>已终止</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="54"/>
        <source>驻镇帮扶工作队</source>
        <translation>Township assistance team</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="55"/>
        <source>结对共建单位</source>
        <translation>Paired unit</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="56"/>
        <source>高校</source>
        <translation>University</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="57"/>
        <source>社会工作服务机构</source>
        <translation>Social work agency</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="58"/>
        <source>民政/公安/工青妇</source>
        <translation>Civil affairs / police / mass organisations</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="59"/>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="60"/>
        <source>个人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="61"/>
        <source>党群服务中心/驿站</source>
        <translation>Party-service centre / station</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="62"/>
        <source>本站志愿服务队</source>
        <translation>Our volunteer team</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="65"/>
        <source>场地/阵地</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="66"/>
        <source>物资</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="67"/>
        <source>资金</source>
        <translation>Funds</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="68"/>
        <source>专业人员</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="69"/>
        <source>志愿服务队</source>
        <translation>Volunteer team</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="73"/>
        <source>进行中</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="75"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="79"/>
        <source>服务</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="80"/>
        <source>资源</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="81"/>
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="82"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="86"/>
        <source>服务记录</source>
        <translation>Service records</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="87"/>
        <source>探访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="94"/>
        <source>生活照料</source>
        <translation>Daily care</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="95"/>
        <source>助餐</source>
        <translation>Meals</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="96"/>
        <source>助医</source>
        <translation>Medical help</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="97"/>
        <source>健康监测</source>
        <translation>Health checks</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="98"/>
        <source>精神慰藉</source>
        <translation>Companionship</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="99"/>
        <source>心理疏导</source>
        <translation>Psychological support</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="100"/>
        <source>课业辅导</source>
        <translation>Tutoring</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="101"/>
        <source>法律援助</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="102"/>
        <source>矛盾纠纷调解</source>
        <translation>Dispute mediation</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="103"/>
        <source>就业帮扶</source>
        <translation>Employment help</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="105"/>
        <source>政策咨询</source>
        <translation>Policy advice</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="106"/>
        <source>维修</source>
        <translation>Repairs</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="121"/>
        <source>登记探访</source>
        <translation>Record a visit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="121"/>
        <source>修改探访记录</source>
        <translation>Edit visit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="133"/>
        <source>居住情况：同住人员、居室环境、照料情况</source>
        <translation>Living situation: who lives there, the home, the care given</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="137"/>
        <source>其他健康观察</source>
        <translation>Other health observations</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="141"/>
        <source>添加探访人…</source>
        <translation>Add visitor…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="143"/>
        <location filename="../../ui/dialogs/visit_dialog.py" line="188"/>
        <source>发现的需求</source>
        <translation>Needs found</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="146"/>
        <source>需要跟进的事项（可不填）</source>
        <translation>Follow-up action (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="152"/>
        <source>发现老人能力有明显变化（需即时评估）</source>
        <translation>The elder&apos;s abilities changed noticeably (reassess now)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="159"/>
        <source>从</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="161"/>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="168"/>
        <source>血压</source>
        <translation>Blood pressure</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="170"/>
        <source>血糖</source>
        <translation>Blood glucose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="175"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="178"/>
        <source>老人</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="179"/>
        <source>时间与方式</source>
        <translation>Time and kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="183"/>
        <source>探访人</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="184"/>
        <source>居住情况</source>
        <translation>Living situation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="185"/>
        <source>健康观察</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="186"/>
        <source>发现的风险</source>
        <translation>Risks found</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="187"/>
        <source>提供的服务</source>
        <translation>Services given</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="190"/>
        <source>跟进事项</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="191"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="192"/>
        <source>填写记录的工作人员姓名</source>
        <translation>Name of the staff member writing the record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="193"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="196"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="197"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="245"/>
        <source>添加探访人</source>
        <translation>Add visitor</translation>
    </message>
</context>
<context>
    <name>VisitRulesDialog</name>
    <message>
        <location filename="../../ui/dialogs/visit_rules_dialog.py" line="14"/>
        <source>探访频率设置</source>
        <translation>Visit frequency</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_rules_dialog.py" line="16"/>
        <source>每位老人按风险分层确定探访间隔（天）。</source>
        <translation>Days between visits for each risk tier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_rules_dialog.py" line="19"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="42"/>
        <source>确定删除 {on} 对 {name} 的探访记录吗？删除后可以立即撤销。</source>
        <translation>Delete the visit to {name} on {on}? You can undo it right after.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="45"/>
        <source>删除探访记录</source>
        <translation>Delete visit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="51"/>
        <source>已删除 {on} 对 {name} 的探访记录</source>
        <translation>Deleted the visit to {name} on {on}</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="87"/>
        <location filename="../../ui/pages/visits_page.py" line="115"/>
        <source>探访记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="88"/>
        <source>按老人姓名、拼音查找</source>
        <translation>Find by elder&apos;s name or pinyin</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="89"/>
        <source>登记探访…</source>
        <translation>Record a visit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="91"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="91"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="96"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="97"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="98"/>
        <source>老人</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="99"/>
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="100"/>
        <source>探访人</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="101"/>
        <source>服务</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="102"/>
        <source>风险</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="103"/>
        <source>需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="104"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="105"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="121"/>
        <source>双击一行打开该老人的档案。</source>
        <translation>Double-click a row to open the elder&apos;s record.</translation>
    </message>
</context>
<context>
    <name>VolunteerPicker</name>
    <message>
        <location filename="../../ui/elder_picker.py" line="126"/>
        <source>输入姓名、拼音首字母或志愿者编号（如 V00001）</source>
        <translation>Type a name, pinyin initials or volunteer number (e.g. V00001)</translation>
    </message>
    <message>
        <location filename="../../ui/elder_picker.py" line="126"/>
        <source>请选择志愿者</source>
        <translation>Choose a volunteer</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="63"/>
        <source>姓名、拼音首字母、手机号后四位或志愿者编号</source>
        <translation>Name, initials, mobile or volunteer no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="66"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="70"/>
        <source>登记志愿者</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="72"/>
        <source>导入名册…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="74"/>
        <source>导出 Excel</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="76"/>
        <source>志愿者名单</source>
        <translation>Volunteer list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="77"/>
        <source>本年服务记录</source>
        <translation>Service records this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="78"/>
        <source>本年时长汇总</source>
        <translation>Hours this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="83"/>
        <source>为他们登记…</source>
        <translation>Register them…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="96"/>
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="97"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="98"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="99"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="100"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="101"/>
        <location filename="../../ui/pages/volunteers_page.py" line="146"/>
        <location filename="../../ui/pages/volunteers_page.py" line="172"/>
        <location filename="../../ui/pages/volunteers_page.py" line="466"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="102"/>
        <source>本年时长</source>
        <translation>Hours this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="103"/>
        <source>技能</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="117"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="125"/>
        <source>请在左侧选择一名志愿者</source>
        <translation>Choose a volunteer on the left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="142"/>
        <location filename="../../ui/pages/volunteers_page.py" line="153"/>
        <location filename="../../ui/pages/volunteers_page.py" line="160"/>
        <location filename="../../ui/pages/volunteers_page.py" line="422"/>
        <location filename="../../ui/pages/volunteers_page.py" line="442"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="143"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="144"/>
        <source>活动 / 内容</source>
        <translation>Activity / work</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="145"/>
        <source>计入（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="147"/>
        <source>更正原因</source>
        <translation>Correction reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="154"/>
        <location filename="../../ui/pages/volunteers_page.py" line="421"/>
        <source>课程</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="155"/>
        <location filename="../../ui/pages/volunteers_page.py" line="423"/>
        <source>学时（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="161"/>
        <location filename="../../ui/pages/volunteers_page.py" line="181"/>
        <source>表彰</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="162"/>
        <location filename="../../ui/pages/volunteers_page.py" line="443"/>
        <source>授予单位</source>
        <translation>Awarded by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="167"/>
        <source>证明编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="168"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="168"/>
        <source>{a} 至 {b}</source>
        <translation>{a} to {b}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="169"/>
        <source>时长（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="170"/>
        <source>出具日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="171"/>
        <source>打印次数</source>
        <translation>Times printed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="172"/>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="173"/>
        <source>作废日期与原因</source>
        <translation>Voided on, why</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="179"/>
        <source>服务记录</source>
        <translation>Service records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="180"/>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="184"/>
        <source>已出具证明</source>
        <translation>Certificates issued</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="185"/>
        <source>出具服务证明…</source>
        <translation>Issue certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="187"/>
        <source>添加培训…</source>
        <translation>Add training…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="189"/>
        <source>添加表彰…</source>
        <translation>Add award…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="191"/>
        <source>修改状态与技能…</source>
        <translation>Status and skills…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="226"/>
        <source>{n} 位已标记为志愿者但尚未登记</source>
        <translation>{n} marked as volunteers but not registered yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="236"/>
        <source>共 {total} 名，已显示 {shown} 名</source>
        <translation>{shown} of {total} shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="264"/>
        <source>性别：{g}&#x3000;年龄：{a}&#x3000;手机：{p}</source>
        <translation>Gender: {g}   Age: {a}   Mobile: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="267"/>
        <source>证件：{t} {n}</source>
        <translation>ID: {t} {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="267"/>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="268"/>
        <source>登记日期：{d}&#x3000;所属队伍：{teams}</source>
        <translation>Registered: {d}   Teams: {teams}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="271"/>
        <source>技能特长：{s}&#x3000;服务时间：{a}</source>
        <translation>Skills: {s}   Available: {a}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="276"/>
        <source>未成年志愿者：已登记监护人同意</source>
        <translation>Minor volunteer: guardian consent on record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="279"/>
        <source>累计已确认 {total} 小时&#x3000;本年 {year} 小时&#x3000;待确认 {pending} 小时</source>
        <translation>Confirmed in total: {total} h   This year: {year} h   Unconfirmed: {pending} h</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="287"/>
        <source>{m}月
{h}</source>
        <translation>M{m}
{h}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="315"/>
        <source>已导入 {n} 名志愿者。</source>
        <translation>{n} volunteers imported.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="317"/>
        <source>跳过 {n} 行有错误的数据。</source>
        <translation>{n} rows with errors skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="319"/>
        <source>新建队伍：{t}。</source>
        <translation>New teams: {t}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="320"/>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="325"/>
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="331"/>
        <source>志愿者名单.xlsx</source>
        <translation>volunteers.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="332"/>
        <source>服务记录.xlsx</source>
        <translation>service-records.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="333"/>
        <source>服务时长汇总.xlsx</source>
        <translation>service-hours.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="347"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="351"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="351"/>
        <source>已导出 {n} 行到 {path}</source>
        <translation>{n} rows exported to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="366"/>
        <source>正在生成服务证明…</source>
        <translation>Building the service certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="372"/>
        <source>志愿服务证明</source>
        <translation>Volunteer service certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="378"/>
        <source>作废所选证明…</source>
        <translation>Void the chosen certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="172"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="405"/>
        <source>作废证明 {serial}</source>
        <translation>Void certificate {serial}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="406"/>
        <source>作废原因（如：时长计算有误，已重新出具）</source>
        <translation>Reason (e.g. hours counted wrongly, issued again)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="419"/>
        <source>添加培训记录</source>
        <translation>Add training record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="439"/>
        <source>添加表彰</source>
        <translation>Add award</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="441"/>
        <source>表彰名称</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="462"/>
        <source>修改志愿者：{name}</source>
        <translation>Edit volunteer: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="473"/>
        <source>技能特长（用顿号分隔）</source>
        <translation>Skills (separate with 、)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="474"/>
        <source>服务时间</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="475"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>WorkdayHomeSection</name>
    <message>
        <location filename="../../ui/workday_home_section.py" line="29"/>
        <source>新站点的第一步</source>
        <translation>First steps of a new station</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="33"/>
        <source>① 登记人员：在“人员档案”中添加老人、儿童、监护人和志愿者</source>
        <translation>① Register people: add elders, children, guardians and volunteers in “People”</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="34"/>
        <source>② 向市级平台登记本站：在“数据同步”中选择市级发来的登记文件</source>
        <translation>② Enrol the station with the city: choose the enrolment file from the city in “Sync”</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="35"/>
        <source>③ 导入志愿者名册：在“志愿者”中从 Excel 导入</source>
        <translation>③ Import the volunteer roster: from Excel, in “Volunteers”</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="43"/>
        <source>今日安排</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="46"/>
        <source>到期复评</source>
        <translation>Reassessments due</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="50"/>
        <source>去同步…</source>
        <translation>Go to sync…</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="84"/>
        <source>{time} 辅导班：{name}&#x3000;{place}</source>
        <translation>{time} class: {name}  {place}</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="86"/>
        <source>{time} 活动：{name}&#x3000;{place}</source>
        <translation>{time} activity: {name}  {place}</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="88"/>
        <source>今天没有安排辅导班或活动。</source>
        <translation>No class or activity today.</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="89"/>
        <source>今日安排（{day}）</source>
        <translation>Today ({day})</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="90"/>
        <source>到期复评（{n} 位）</source>
        <translation>Reassessments due ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="94"/>
        <source>{name}&#x3000;上次评估 {day}</source>
        <translation>{name}  last assessed {day}</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="96"/>
        <source>{name}&#x3000;从未评估</source>
        <translation>{name}  never assessed</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="102"/>
        <source>数据同步：本站尚未向市级平台登记。</source>
        <translation>Sync: this station is not enrolled with the city yet.</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="104"/>
        <source>还没有导出过</source>
        <translation>never exported</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="106"/>
        <source>数据同步：上次导出 {last}；{n} 条记录等待送往市级平台；{c} 处冲突待处理。</source>
        <translation>Sync: last export {last}; {n} records waiting to go to the city; {c} conflicts to settle.</translation>
    </message>
</context>
</TS>
