<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="33" />
        <source>新建账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="35" />
        <source>同事第一次登录后可以自己修改密码。</source>
        <translation>Your colleague can change the password after the first login.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="42" />
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="43" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="44" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="45" />
        <source>密码（至少 8 位）</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="72" />
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="73" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="74" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="75" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="75" />
        <source>使用中</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="75" />
        <source>已停用</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="76" />
        <source>人员档案</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="76" />
        <source>未关联</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="81" />
        <source>新建账号…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="83" />
        <source>停用 / 启用</source>
        <translation>Disable / enable</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="85" />
        <source>关联人员档案…</source>
        <translation>Link to registry person…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="86" />
        <source>关联后，登记探访时此账号以该人员的名字出现在探访人的第一位</source>
        <translation>Once linked, this account appears first among the visitors under that person's name when a visit is recorded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="95" />
        <source>账号与权限</source>
        <translation>Accounts and roles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="98" />
        <source>角色的权限（勾选后立即生效；不能授予自己没有的权限）</source>
        <translation>The roles' permissions (a tick takes effect at once; nobody grants a permission they do not hold)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts_page.py" line="161" />
        <source>{name} 在人员档案中是谁</source>
        <translation>Who is {name} in the registry</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="64" />
        <source>活动名称或地点</source>
        <translation>Activity name or place</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="66" />
        <source>新建活动…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="72" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="73" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="74" />
        <location filename="../../ui/pages/activities_page.py" line="86" />
        <location filename="../../ui/pages/activities_page.py" line="87" />
        <source>活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="75" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="76" />
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="77" />
        <location filename="../../ui/pages/activities_page.py" line="101" />
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="78" />
        <location filename="../../ui/pages/activities_page.py" line="101" />
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="93" />
        <source>请在左侧选择一个活动</source>
        <translation>Choose an activity on the left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="100" />
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="103" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="104" />
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="105" />
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="106" />
        <source>出勤</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="107" />
        <source>签到</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="108" />
        <source>签退</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="109" />
        <source>时长确认</source>
        <translation>Hours confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="110" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="115" />
        <source>编辑活动…</source>
        <translation>Edit activity…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="117" />
        <source>报名服务对象…</source>
        <translation>Sign up service users…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="119" />
        <source>报名志愿者…</source>
        <translation>Sign up volunteers…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="121" />
        <source>批量报名…</source>
        <translation>Enrol many…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="122" />
        <source>按社区、标签筛选后一次报名多人，例如某社区所有独居老人</source>
        <translation>Filter by community and tag and sign up many people at once, e.g. every elder living alone in a community</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="124" />
        <location filename="../../ui/pages/activities_page.py" line="277" />
        <source>取消报名</source>
        <translation>Cancel sign-up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="129" />
        <source>空白行 </source>
        <translation>Blank rows </translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="130" />
        <source>仅志愿者</source>
        <translation>Volunteers only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="131" />
        <source>打印签到表…</source>
        <translation>Print sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="134" />
        <source>录入签到表…</source>
        <translation>Enter sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="192" />
        <source>日期时间：{d} {s}-{e}　地点：{p}</source>
        <translation>When: {d} {s}-{e}   Where: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="195" />
        <source>组织单位：{o}　负责人：{l}</source>
        <translation>Organiser: {o}   Leader: {l}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="196" />
        <source>项目：{p}　队伍：{t}　类型：{k}　服务对象：{g}</source>
        <translation>Project: {p}   Team: {t}   Type: {k}   Service users: {g}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="202" />
        <source>报名：服务对象 {s} 人，志愿者 {v} 人{cap}；已到 {c} 人</source>
        <translation>Signed up: {s} service users, {v} volunteers{cap}; {c} present</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="206" />
        <source>（名额 {n}）</source>
        <translation> (places: {n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="243" />
        <source>报名志愿者</source>
        <translation>Sign up volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="243" />
        <source>报名服务对象</source>
        <translation>Sign up service users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="269" />
        <source>批量报名：{name}</source>
        <translation>Enrol many: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="277" />
        <source>取消 {name} 的报名？</source>
        <translation>Cancel {name}'s sign-up?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="286" />
        <source>正在生成签到表…</source>
        <translation>Building the sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="291" />
        <source>签到表</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="298" />
        <source>录入签到表</source>
        <translation>Enter sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="298" />
        <source>此活动还没有人报名。请先报名，再打印签到表。</source>
        <translation>Nobody has signed up for this activity yet. Sign people up first, then print the sign-in sheet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="304" />
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities_page.py" line="305" />
        <source>已到 {a} 人，未到 {b} 人；新增服务记录 {c} 条，修改 {d} 条（待负责人确认）。</source>
        <translation>{a} present, {b} absent; {c} service records added, {d} changed (awaiting the leader's confirmation).</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="39" />
        <source>编辑活动</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="39" />
        <source>新建活动</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="53" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="57" />
        <source>（按项目所属队伍）</source>
        <translation>(the project's team)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="73" />
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="83" />
        <source>活动名称*</source>
        <translation>Activity name*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="84" />
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="281" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="85" />
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="282" />
        <source>开始时间</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="86" />
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="283" />
        <source>结束时间</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="87" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="88" />
        <source>组织单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="89" />
        <source>负责人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="90" />
        <source>所属项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="91" />
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="92" />
        <source>活动类型</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="93" />
        <source>名额</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="94" />
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="269" />
        <source>添加小组活动</source>
        <translation>Add a group activity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="278" />
        <source>如：手工折纸、安全教育</source>
        <translation>e.g. paper crafts, safety education</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="284" />
        <source>主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="285" />
        <source>内容</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>AdministratorSetupDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="68" />
        <source>设置站长账号</source>
        <translation>Set up the administrator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="69" />
        <source>本站还没有账号。请设置站长（管理员）的登录名和密码，之后用它登录并为同事建账号。</source>
        <translation>This station has no accounts yet. Set the administrator's login name and password; log in with it afterwards and add your colleagues' accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="72" />
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="73" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="74" />
        <source>密码（至少 8 位）</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="75" />
        <source>再输一次密码</source>
        <translation>Repeat the password</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="63" />
        <source>老年人能力评估（GB/T 42195-2022）</source>
        <translation>Ability assessment of older adults (GB/T 42195-2022)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="75" />
        <source>如 本人、女儿</source>
        <translation>e.g. self, daughter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="76" />
        <source>昏迷（直接评定为完全失能）</source>
        <translation>Coma (total impairment)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="77" />
        <source>确诊痴呆或精神科诊断的其他精神和行为障碍</source>
        <translation>Diagnosed dementia or mental disorder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="78" />
        <source> 次</source>
        <translation> times</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="88" />
        <source>老人</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="90" />
        <source>已有评估</source>
        <translation>Earlier assessments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="94" />
        <source>评估日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="95" />
        <source>评估原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="96" />
        <source>评估员一</source>
        <translation>Assessor 1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="103" />
        <source>信息提供者</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="104" />
        <source>与老人关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="105" />
        <source>评估员二</source>
        <translation>Assessor 2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="113" />
        <source>近30天照护风险事件</source>
        <translation>Risk events (30 days)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="128" />
        <source>{code} {name}（满分 {max}）</source>
        <translation>{code} {name} (max {max})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="137" />
        <source>{code} {name}：{definition}</source>
        <translation>{code} {name}: {definition}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="143" />
        <source>{score} 分　{text}</source>
        <translation>{score} pts  {text}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="172" />
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="173" />
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="176" />
        <source>新建评估</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="177" />
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="178" />
        <location filename="../../ui/pages/assessment_page.py" line="309" />
        <source>完成评估</source>
        <translation>Finish assessment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="179" />
        <source>打印报告…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="235" />
        <source>（已评 {n}/{m} 项）</source>
        <translation> ({n}/{m} scored)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="240" />
        <source>未完成</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="249" />
        <source>已完成，不能修改</source>
        <translation>Finished; cannot be changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="252" />
        <source>还有 {n} 项未评分，可保存为草稿</source>
        <translation>{n} items unscored; save as a draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="254" />
        <source>全部评分完成</source>
        <translation>Every item scored</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="311" />
        <source>完成后这份评估即锁定，评分和评估员都不能再修改；如有错误只能另做一次评估。
确定评分无误并完成评估吗？</source>
        <translation>Once finished, this assessment is locked: its scores and assessors can no longer be changed; a mistake can only be put right by a new assessment.
Are the scores right, and finish the assessment?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="365" />
        <source>（选择以打开）</source>
        <translation>(choose to open)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="367" />
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="391" />
        <source>正在生成评估报告…</source>
        <translation>Building the assessment report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assessment_page.py" line="385" />
        <source>能力评估报告</source>
        <translation>Ability assessment report</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="105" />
        <source>辅导班</source>
        <translation>Tutoring classes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="107" />
        <source>课次</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="115" />
        <source>本次辅导内容、小组活动主题</source>
        <translation>What was covered, group activity topic</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="121" />
        <source>科目</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="122" />
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="123" />
        <source>在场辅导员</source>
        <translation>Tutors present</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="138" />
        <source>方向键移动　空格：切换考勤状态／选择监护人／跟进　数字：输入时间（1530 → 15:30）　Delete 清空　Enter 或 Ctrl+S 保存</source>
        <translation>Arrow keys: move   Space: change status / pick guardian / follow-up   Digits: time (1530 → 15:30)   Delete: clear   Enter or Ctrl+S: save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="144" />
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="153" />
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="156" />
        <source>考勤录入</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="229" />
        <source>该班还没有课次。请先在“辅导班”页面生成学期课次。</source>
        <translation>This class has no sessions yet. Generate the term's sessions on the Tutoring classes page first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="239" />
        <source>{name}　{day}　{start}-{end}　{place}</source>
        <translation>{name}   {day}   {start}-{end}   {place}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="263" />
        <source>共 {n} 名儿童，已记录 {m} 名</source>
        <translation>{n} children, {m} recorded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="288" />
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="297" />
        <source>已保存（{n} 行有改动）</source>
        <translation>Saved ({n} rows changed)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="303" />
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="309" />
        <source>有未保存的修改（Enter 或 Ctrl+S 保存）</source>
        <translation>Unsaved changes (Enter or Ctrl+S to save)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="312" />
        <source>未保存的考勤</source>
        <translation>Unsaved attendance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="312" />
        <source>本课次的考勤还没有保存，要放弃这些修改吗？</source>
        <translation>The attendance for this session is not saved. Discard the changes?</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="25" />
        <source>儿童</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="26" />
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="27" />
        <source>送达时间</source>
        <translation>Drop-off</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="28" />
        <source>接走时间</source>
        <translation>Pick-up</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="29" />
        <source>送达人</source>
        <translation>Dropped off by</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="30" />
        <source>送达人关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="31" />
        <source>接走人</source>
        <translation>Picked up by</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="32" />
        <source>接走人关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="33" />
        <source>非监护人接走说明</source>
        <translation>Non-guardian pick-up note</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="34" />
        <source>作业/进度</source>
        <translation>Homework / progress</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="35" />
        <source>表现</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="36" />
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="163" />
        <source>需跟进</source>
        <translation>Needs follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="175" />
        <source>接走人不是登记的监护人：请在“非监护人接走说明”中写明是谁、关系及谁同意的。</source>
        <translation>The person picking up is not a registered guardian: write who it was, their relation and who agreed in the non-guardian pick-up note.</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_table_model.py" line="180" />
        <source>监护人：{names}。按空格依次选择。</source>
        <translation>Guardians: {names}. Press Space to choose each in turn.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="18" />
        <source>查看了完整身份证号</source>
        <translation>Viewed a full ID number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="19" />
        <source>打印了文件</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="20" />
        <source>打印了时长证明</source>
        <translation>Printed an hours certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="21" />
        <source>作废了时长证明</source>
        <translation>Voided an hours certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="22" />
        <source>打印了签到表</source>
        <translation>Printed a sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="23" />
        <source>导出了 Excel 表</source>
        <translation>Exported to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="24" />
        <source>导入了志愿者名册</source>
        <translation>Imported a volunteer roster</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="25" />
        <source>登记到了市级平台</source>
        <translation>Enrolled with the city hub</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="26" />
        <source>导出了同步包</source>
        <translation>Exported a bundle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="27" />
        <source>导入了同步包</source>
        <translation>Imported a bundle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="28" />
        <source>处理了同步冲突</source>
        <translation>Resolved a sync conflict</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="40" />
        <source>本机记下的敏感操作：导出、打印、查看完整身份证号、同步。供站点负责人核查个人信息的使用；日志只增不改。</source>
        <translation>Sensitive actions on this computer: exports, prints, full ID-number views and sync. For the person in charge to check how personal information is used; the log is only ever added to.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="46" />
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="53" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="54" />
        <location filename="../../ui/pages/audit_page.py" line="67" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="55" />
        <source>对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="56" />
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="57" />
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="58" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="72" />
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="87" />
        <source>✔ 日志完整：每条记录都与前一条的校验值相符（共 {n} 条）</source>
        <translation>✔ The log is whole: every entry matches the check value of the one before ({n} entries)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="92" />
        <source>✘ 日志已被改动：第 {seq} 条记录与前一条对不上，从这条起的记录不可信。</source>
        <translation>✘ The log has been altered: entry {seq} does not follow from the one before; from this entry on the log cannot be trusted.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="112" />
        <source>共 {n} 条</source>
        <translation>{n} in all</translation>
    </message>
</context>
<context>
    <name>BackupFiles</name>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="38" />
        <source>选择备份到的文件夹（如 U 盘）</source>
        <translation>Choose the folder to back up to (e.g. a USB stick)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="46" />
        <source>选择 U 盘上的备份文件</source>
        <translation>Choose the backup file on the USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="48" />
        <source>U 盘备份 (*{suffix});;所有文件 (*)</source>
        <translation>USB backups (*{suffix});;All files (*)</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="62" />
        <source>程序自动备份：数据有改动时最多每 30 分钟一次，退出程序时，以及每次导入同步包和升级之前。备份保存在 {folder}，近两天的全部保留，更早的按天、周、月保留一部分。</source>
        <translation>The program backs up by itself: at most every 30 minutes when the data changed, when it exits, and before every sync import and upgrade. Backups are kept in {folder}: all from the last two days, and some of the older ones by day, week and month.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="70" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="71" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="72" />
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="73" />
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="74" />
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="75" />
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="82" />
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="84" />
        <source>恢复所选备份…</source>
        <translation>Restore the chosen backup…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="91" />
        <source>本机的备份</source>
        <translation>Backups on this PC</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="99" />
        <source>U 盘备份用本站设定的密码加密，含全部数据和本站的同步密钥：电脑坏了或丢了，在新电脑上装好程序，从 U 盘恢复，就能接着与市级平台同步。捡到 U 盘的人没有密码什么也看不到。</source>
        <translation>A USB backup is encrypted with a password the station chooses and holds all the data and the station's sync keys: if this PC breaks or is lost, install the program on a new one, restore from the stick, and syncing with the city carries on. Whoever finds the stick sees nothing without the password.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="107" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="109" />
        <source>备份到 U 盘…</source>
        <translation>Back up to USB stick…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="111" />
        <source>从 U 盘恢复…</source>
        <translation>Restore from USB stick…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="114" />
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="119" />
        <source>U 盘备份（加密）</source>
        <translation>USB backup (encrypted)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="125" />
        <source>备份与恢复</source>
        <translation>Backup &amp; restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="142" />
        <source>共 {n} 个备份</source>
        <translation>{n} backups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="157" />
        <source>备份完成</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="158" />
        <source>已备份（{size}，人员 {people} 人，记录 {records} 条）：
{path}</source>
        <translation>Backed up ({size}, {people} people, {records} records):
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="167" />
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="185" />
        <source>，含本站同步密钥</source>
        <translation>, with the station's sync keys</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="188" />
        <source>U 盘备份完成</source>
        <translation>USB backup written</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="190" />
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
        <location filename="../../ui/pages/backup_page.py" line="204" />
        <source>正在加密备份到 U 盘…</source>
        <translation>Encrypting the backup onto the USB stick…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="219" />
        <location filename="../../ui/pages/backup_page.py" line="228" />
        <source>恢复备份</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="219" />
        <source>请先在列表中选一个备份。</source>
        <translation>Please choose a backup in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="222" />
        <source>不能恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="225" />
        <source>把数据恢复到 {time} 的备份（人员 {people} 人，记录 {records} 条）？
之后录入的内容会被替换；替换前的数据会先另存为一个备份。恢复后程序重新打开。</source>
        <translation>Restore the data to the backup of {time} ({people} people, {records} records)?
What was entered since will be replaced; the data as it is now is first kept as a backup. The program reopens after the restore.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="239" />
        <source>用 U 盘上的备份替换本机的数据和同步密钥？
{path}
替换前的数据会先另存为一个备份。恢复后程序重新打开。</source>
        <translation>Replace this PC's data and sync keys with the backup on the USB stick?
{path}
The data as it is now is first kept as a backup. The program reopens after the restore.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="241" />
        <source>从 U 盘恢复</source>
        <translation>Restore from USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="248" />
        <location filename="../../ui/pages/backup_page.py" line="292" />
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="260" />
        <source>已恢复 {station} 的数据：人员 {people} 人，记录 {records} 条。</source>
        <translation>Restored the data of {station}: {people} people, {records} records.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="267" />
        <source>本站的同步密钥也已恢复，可以继续与市级平台同步。</source>
        <translation>The station's sync keys were restored too; syncing with the city can carry on.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="269" />
        <source>恢复前的数据另存为：{path}</source>
        <translation>The data as it was before the restore is kept as: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="270" />
        <source>程序现在重新打开，显示恢复后的数据。</source>
        <translation>The program now reopens onto the restored data.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_page.py" line="271" />
        <source>恢复完成</source>
        <translation>Restored</translation>
    </message>
</context>
<context>
    <name>BackupPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_password_dialog.py" line="34" />
        <source>U 盘备份密码</source>
        <translation>USB backup password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_password_dialog.py" line="38" />
        <source>这个密码用来加密 U 盘上的备份。没有它，谁也打不开这个备份，本站也不能。请把密码写下来，和 U 盘分开妥善保管。</source>
        <translation>This password encrypts the backup on the USB stick. Without it nobody can open the backup, not even the station. Write the password down and keep it safe, apart from the stick.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_password_dialog.py" line="42" />
        <source>请输入制作这个 U 盘备份时设定的密码。</source>
        <translation>Type the password that was chosen when this USB backup was made.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_password_dialog.py" line="52" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_password_dialog.py" line="54" />
        <source>再输入一次</source>
        <translation>Once more</translation>
    </message>
</context>
<context>
    <name>CaseNoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="409" />
        <source>添加个案记录（保密）</source>
        <translation>Add case notes (confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="415" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="416" />
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="417" />
        <source>内容</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>CatalogsPage</name>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="18" />
        <source>人员标签</source>
        <translation>Person tags</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="19" />
        <source>服务类别（需求、资源、服务）</source>
        <translation>Service categories</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="20" />
        <source>老年人服务项目</source>
        <translation>Services for elders</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="21" />
        <source>探访发现的风险</source>
        <translation>Risks found on visits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="22" />
        <source>志愿者技能</source>
        <translation>Volunteer skills</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="23" />
        <source>活动类型</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="35" />
        <source>各页面下拉选择中的条目在这里维护。条目不改名、不删除：已登记的记录保留原来的名称；停用的条目不再供选择，随时可以重新启用。</source>
        <translation>The entries offered in the pages' drop-down lists are kept here. Entries are never renamed or deleted: records keep the names they hold; a stopped entry is no longer offered and can be used again at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="50" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="51" />
        <source>条目</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="52" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="52" />
        <source>使用中</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="52" />
        <source>已停用</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="61" />
        <source>新条目名称</source>
        <translation>Name of a new entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="64" />
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="67" />
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="69" />
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="71" />
        <location filename="../../ui/pages/catalogs_page.py" line="119" />
        <source>停用</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="92" />
        <source>维护列表</source>
        <translation>Maintained lists</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogs_page.py" line="119" />
        <source>启用</source>
        <translation>Use again</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="316" />
        <source>出具志愿服务证明：{name}</source>
        <translation>Volunteer service certificate: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="319" />
        <source>生成证明</source>
        <translation>Make the certificate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="322" />
        <source>起始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="323" />
        <source>截止日期</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="324" />
        <source>经办人</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="325" />
        <source>只统计已确认的服务时长。同一期间再次打印时，证明编号和内容保持不变。</source>
        <translation>Only confirmed service hours count. Printing the same period again gives the same serial number and content.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="331" />
        <source>正在生成服务证明…</source>
        <translation>Building the service certificate…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="245" />
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="245" />
        <source>先输入现在的密码，再输两次新密码（至少 8 位）。</source>
        <translation>Enter your current password, then the new one twice (at least 8 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="246" />
        <source>现在的密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="247" />
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="248" />
        <source>再输一次新密码</source>
        <translation>Repeat the new password</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <location filename="../../ui/pages/child_page.py" line="55" />
        <source>姓名、化名或拼音首字母</source>
        <translation>Name, alias or pinyin initials</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="66" />
        <source>儿童（化名）</source>
        <translation>Child (alias)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="67" />
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="73" />
        <source>儿童名单</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="76" />
        <source>未成年人敏感个人信息　仅限工作需要查看，不得拍照、复制或外传</source>
        <translation>Sensitive personal information of a minor: view only for work; do not photograph, copy or pass on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="87" />
        <source>出勤率</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="88" />
        <source>已出勤课次</source>
        <translation>Sessions attended</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="89" />
        <source>已记录课次</source>
        <translation>Sessions recorded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="90" />
        <source>参加的辅导班</source>
        <translation>Tutoring classes joined</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="100" />
        <location filename="../../ui/pages/child_page.py" line="113" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="101" />
        <source>辅导班</source>
        <translation>Tutoring classes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="102" />
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="103" />
        <source>作业/进度</source>
        <translation>Homework / progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="104" />
        <source>表现</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="105" />
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="106" />
        <source>接送说明</source>
        <translation>Pick-up notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="114" />
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="115" />
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="121" />
        <source>添加个案记录…</source>
        <translation>Add case notes…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="126" />
        <source>保密：个案记录仅限社工查看，不得打印或导出</source>
        <translation>Confidential: case notes are for social workers only and cannot be printed or exported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="132" />
        <source>进度记录</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="133" />
        <source>监护人与同意</source>
        <translation>Guardians and consent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="134" />
        <source>个案记录（保密）</source>
        <translation>Case notes (confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="149" />
        <source>在左侧查找并选择一名儿童。</source>
        <translation>Find and choose a child on the left.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="155" />
        <source>儿童档案</source>
        <translation>Child's record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="173" />
        <location filename="../../ui/pages/child_page.py" line="196" />
        <source>{n}岁</source>
        <translation>{n} yrs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="193" />
        <source>（化名：{alias}）</source>
        <translation> (alias: {alias})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="193" />
        <source>（未设化名）</source>
        <translation> (no alias)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/child_page.py" line="105" />
        <source>需跟进</source>
        <translation>Needs follow-up</translation>
    </message>
</context>
<context>
    <name>CityListsPanel</name>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="34" />
        <location filename="../../ui/city_lists_panel.py" line="46" />
        <location filename="../../ui/city_lists_panel.py" line="62" />
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="35" />
        <source>需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="36" />
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="37" />
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="38" />
        <source>已办结</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="39" />
        <source>平均评价</source>
        <translation>Average rating</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="47" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="48" />
        <source>需求对象</source>
        <translation>Who needs it</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="49" />
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="50" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="51" />
        <source>对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="52" />
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="53" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="54" />
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="55" />
        <source>逾期</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="55" />
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="63" />
        <source>资源</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="64" />
        <source>提供方</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="65" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="66" />
        <source>可提供服务</source>
        <translation>Can provide</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="67" />
        <source>服务范围</source>
        <translation>Area served</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="67" />
        <source>全站</source>
        <translation>Whole area</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="68" />
        <source>余量</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="73" />
        <source>各站点需求</source>
        <translation>Needs by station</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="74" />
        <source>未办结需求（逾期在前）</source>
        <translation>Open needs (overdue first)</translation>
    </message>
    <message>
        <location filename="../../ui/city_lists_panel.py" line="75" />
        <source>有余量的资源</source>
        <translation>Resources with spare capacity</translation>
    </message>
</context>
<context>
    <name>CityStatisticsTab</name>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="65" />
        <source>站点编码</source>
        <translation>Station code</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="66" />
        <source>站点名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="67" />
        <source>报送状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="68" />
        <source>收到覆盖本期的同步包</source>
        <translation>Bundle covering the period received</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="69" />
        <source>数据截至</source>
        <translation>Data up to</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="70" />
        <source>数据天数</source>
        <translation>Age of data (days)</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="84" />
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="94" />
        <source>各站点指标</source>
        <translation>Figures by station</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="95" />
        <source>报送情况</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="96" />
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="104" />
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="104" />
        <source>逾期</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="104" />
        <source>未报</source>
        <translation>Not received</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="138" />
        <source>{title}：应报 {expected} 站，已报 {received} 站（报送率 {rate}），按时 {on_time} 站（及时率 {timely}）</source>
        <translation>{title}: {received} of {expected} stations reported ({rate}), {on_time} on time ({timely})</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="147" />
        <source>；{deadline} 前收到为按时。</source>
        <translation>; on time means received by {deadline}.</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="150" />
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="153" />
        <source>全市合计</source>
        <translation>City total</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="177" />
        <source>{name}（{unit}）：各站点</source>
        <translation>{name} ({unit}) by station</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="196" />
        <source>全市{name}（{unit}）近 {n} 个月</source>
        <translation>City {name} ({unit}), last {n} months</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="223" />
        <source>正在生成全市统计报表…</source>
        <translation>Making the city statistics report…</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="227" />
        <source>全市统计报表</source>
        <translation>City statistics report</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="235" />
        <source>全市统计报表-{code}-{period}.xlsx</source>
        <translation>city-statistics-{code}-{period}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="240" />
        <source>正在导出全市统计报表…</source>
        <translation>Exporting the city statistics report…</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="246" />
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/city_statistics_tab.py" line="246" />
        <source>统计报表已保存到 {path}</source>
        <translation>The statistics report was saved to {path}</translation>
    </message>
</context>
<context>
    <name>CityWindow</name>
    <message>
        <location filename="../../ui/city_window.py" line="132" />
        <source>StationDesk 市级平台 — {name}</source>
        <translation>StationDesk city hub — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="137" />
        <source>本平台密钥指纹：签名 {s}　加密 {e}</source>
        <translation>Hub key fingerprints: signing {s}   encryption {e}</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="141" />
        <source>导入站点同步包…</source>
        <translation>Import station bundles…</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="143" />
        <source>为所选站点导出…</source>
        <translation>Export for the selected station…</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="145" />
        <source>登记新站点…</source>
        <translation>Enrol a new station…</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="147" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="157" />
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="158" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="159" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="160" />
        <source>最近同步包</source>
        <translation>Latest bundle</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="161" />
        <source>已收到序号</source>
        <translation>Sequence received</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="162" />
        <source>最近导出给它</source>
        <translation>Last exported to it</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="163" />
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="173" />
        <source>数据表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="173" />
        <source>有效记录</source>
        <translation>Live records</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="173" />
        <source>已删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="186" />
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="187" />
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="188" />
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="190" />
        <source>需求与资源</source>
        <translation>Needs and resources</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="192" />
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="203" />
        <source>数据库：{url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="206" />
        <source>登录：{name}（{role}）</source>
        <translation>Logged in: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="211" />
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="224" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="227" />
        <source>已启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="227" />
        <source>待首个同步包</source>
        <translation>Waiting for its first bundle</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="247" />
        <source>站点 {n} 个，记录 {records} 条，未处理冲突 {c} 条</source>
        <translation>{n} stations, {records} records, {c} open conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="263" />
        <source>导入 {station} 的同步包时</source>
        <translation>Importing {station}'s bundle</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="284" />
        <source>正在检查并导入同步包…</source>
        <translation>Checking and importing the bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="302" />
        <source>导入结果</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="314" />
        <source>为站点导出</source>
        <translation>Export for a station</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="314" />
        <source>请先在“站点”列表中选中一个站点。</source>
        <translation>Select a station in the Stations list first.</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="319" />
        <source>正在导出同步包…</source>
        <translation>Exporting the bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="326" />
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="327" />
        <source>已写入并回读校验：
{path}
{n} 条记录</source>
        <translation>Written and verified by reading back:
{path}
{n} records</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="346" />
        <source>登记文件已写入</source>
        <translation>Enrolment file written</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="347" />
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
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="92" />
        <source>编辑辅导班</source>
        <translation>Edit tutoring class</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="92" />
        <source>新建辅导班</source>
        <translation>New tutoring class</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="102" />
        <source>如：语文、数学</source>
        <translation>e.g. Chinese, maths</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="106" />
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="111" />
        <source>每行一个，如：
周一 15:30-17:30
周三 15:30-17:30</source>
        <translation>One per line, e.g.
周一 15:30-17:30
周三 15:30-17:30</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="122" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="123" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="124" />
        <source>科目</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="125" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="126" />
        <source>容量（人）</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="127" />
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="128" />
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="129" />
        <source>每周上课时间</source>
        <translation>Weekly times</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="130" />
        <source>辅导员（志愿者）</source>
        <translation>Tutors (volunteers)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="131" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="23" />
        <source>登记监护人同意</source>
        <translation>Record guardian consent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="24" />
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="33" />
        <source>依据《个人信息保护法》第三十一条，处理儿童个人信息须取得监护人同意。</source>
        <translation>Under article 31 of the Personal Information Protection Law, a child's personal information may be processed only with a guardian's consent.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="36" />
        <source>同意人（监护人）</source>
        <translation>Given by (guardian)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="37" />
        <source>同意日期</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="38" />
        <source>同意范围</source>
        <translation>Scope of consent</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="358" />
        <source>更正服务时长</source>
        <translation>Correct service hours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="370" />
        <source>此记录已确认锁定；更正将记入更正记录。</source>
        <translation>This record is confirmed and locked; the correction will be logged.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="373" />
        <source>计入时长（小时）</source>
        <translation>Hours counted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="374" />
        <source>更正原因*</source>
        <translation>Reason*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="375" />
        <source>更正人*</source>
        <translation>Corrected by*</translation>
    </message>
</context>
<context>
    <name>CorrectionLogDialog</name>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="410" />
        <source>更正记录</source>
        <translation>Correction log</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="414" />
        <source>更正时间</source>
        <translation>Corrected at</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="416" />
        <source>计入时长（小时）</source>
        <translation>Hours counted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="420" />
        <source>签到签退时间</source>
        <translation>Sign-in and sign-out</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="421" />
        <source>未改</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="423" />
        <source>更正原因</source>
        <translation>Correction reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="424" />
        <source>更正人</source>
        <translation>Corrected by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="425" />
        <source>更正时状态</source>
        <translation>State when corrected</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="438" />
        <source>这条记录没有更正过。</source>
        <translation>This record has never been corrected.</translation>
    </message>
</context>
<context>
    <name>DeadlineRuleDialog</name>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="73" />
        <source>办结期限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="76" />
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="80" />
        <source>从发现需求之日起计算；只影响今后登记的需求。</source>
        <translation>Counted from the day a need is found; applies to needs recorded from now on.</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="32" />
        <source>派单：需求 {number}</source>
        <translation>Dispatch: need {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="36" />
        <source>派单对象</source>
        <translation>Dispatch to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="37" />
        <source>占用容量</source>
        <translation>Capacity taken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="38" />
        <source>尚余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="44" />
        <source>不计容量</source>
        <translation>not counted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="49" />
        <source>派单说明，如：周三上午陪同到卫生站</source>
        <translation>Instructions, e.g. accompany to the clinic on Wednesday morning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="52" />
        <source>派单说明</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="53" />
        <source>派单人</source>
        <translation>Dispatched by</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../../ui/dialogs/drill_down_dialog.py" line="33" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_down_dialog.py" line="36" />
        <source>不显示身份证号和电话；儿童以化名显示。</source>
        <translation>ID and phone numbers are not shown; children are shown by their alias.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_down_dialog.py" line="47" />
        <source>共 {n} 条记录</source>
        <translation>{n} records</translation>
    </message>
</context>
<context>
    <name>DueVisits</name>
    <message>
        <location filename="../../ui/labels.py" line="164" />
        <source>从未探访</source>
        <translation>Never visited</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166" />
        <source>逾期 {days} 天</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="168" />
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="169" />
        <source>{days} 天后到期</source>
        <translation>Due in {days} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="22" />
        <source>老人</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="23" />
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="24" />
        <source>分层</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="25" />
        <source>间隔</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="25" />
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="26" />
        <source>上次探访</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="27" />
        <source>应探访日期</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="28" />
        <source>情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="29" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="30" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>DueVisitsPage</name>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="44" />
        <location filename="../../ui/pages/due_visits_page.py" line="65" />
        <source>待探访</source>
        <translation>Visits due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="46" />
        <source>到期和逾期</source>
        <translation>Due and overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="47" />
        <source>含未来 7 天</source>
        <translation>Including the next 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="48" />
        <source>含未来 30 天</source>
        <translation>Including the next 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="51" />
        <source>为选中老人登记探访…</source>
        <translation>Record a visit for the selected elder…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="53" />
        <source>探访频率设置…</source>
        <translation>Visit frequency…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="70" />
        <source>默认频率：高风险每周、重点每月、一般每季度；双击一行打开老人档案。</source>
        <translation>Default: high risk weekly, priority monthly, general quarterly. Double-click a row to open the elder's record.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/due_visits_page.py" line="78" />
        <source>共 {n} 位老人</source>
        <translation>{n} elders</translation>
    </message>
</context>
<context>
    <name>ElderPage</name>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="74" />
        <source>还没有完成的评估</source>
        <translation>No finished assessment yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="107" />
        <source>老人档案</source>
        <translation>Elder's record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="114" />
        <source>自动（按评估等级和标签）</source>
        <translation>Automatic (from level and tags)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="118" />
        <source>登记探访…</source>
        <translation>Record a visit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="119" />
        <source>新建评估</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="131" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="132" />
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="132" />
        <source>探访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="132" />
        <source>评估</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="133" />
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="134" />
        <source>情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="140" />
        <source>修改选中的探访…</source>
        <translation>Edit selected visit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="140" />
        <source>删除选中的探访</source>
        <translation>Delete selected visit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="143" />
        <source>关闭选中的跟进事项</source>
        <translation>Close the selected follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="148" />
        <source>老人</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="153" />
        <source>风险分层</source>
        <translation>Risk tier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="157" />
        <source>基本情况与探访计划</source>
        <translation>Details and visit plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="161" />
        <source>能力等级变化</source>
        <translation>Ability level over time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="166" />
        <source>未完成的跟进事项</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="170" />
        <source>探访与评估时间线（双击打开探访或评估）</source>
        <translation>Visits and assessments (double-click to open)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="177" />
        <source>探访与评估时间线</source>
        <translation>Visits and assessments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="270" />
        <source>能力评估（{reason}）</source>
        <translation>Ability assessment ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="280" />
        <source>风险：</source>
        <translation>Risks: </translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="282" />
        <source>能力有变化，需即时评估</source>
        <translation>ability changed, assess now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="284" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="287" />
        <source>草稿，未完成</source>
        <translation>Draft, not finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="288" />
        <source>{level} 总分 {total}</source>
        <translation>{level}, total {total}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="313" />
        <source>探访记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="313" />
        <source>请先在时间线中选中一次探访。</source>
        <translation>Select a visit in the timeline first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="206" />
        <source>尚未评估</source>
        <translation>not assessed yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="208" />
        <source>{on} {level}（总分 {total}）</source>
        <translation>{on} {level} (total {total})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="217" />
        <source>&lt;b style='font-size:16px'&gt;{name}&lt;/b&gt;　{gender}　{age}岁&lt;br&gt;身份证：{id}　电话：{phone}&lt;br&gt;住址：{address}&lt;br&gt;标签：{tags}&lt;br&gt;最近评估：{latest}</source>
        <translation>&lt;b style='font-size:16px'&gt;{name}&lt;/b&gt;&amp;nbsp;&amp;nbsp;{gender}&amp;nbsp;&amp;nbsp;{age} years&lt;br&gt;ID: {id}&amp;nbsp;&amp;nbsp;&amp;nbsp;Phone: {phone}&lt;br&gt;Address: {address}&lt;br&gt;Tags: {tags}&lt;br&gt;Latest assessment: {latest}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="236" />
        <source>下次探访：{due}（{tier}，每 {n} 天；{state}）</source>
        <translation>Next visit: {due} ({tier}, every {n} days; {state})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="237" />
        <source>尽快</source>
        <translation>as soon as possible</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="244" />
        <source>下次评估：{due}（{reason}）</source>
        <translation>Next assessment: {due} ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="245" />
        <source> 已逾期</source>
        <translation> overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="247" />
        <source>尚未评估，需首次评估</source>
        <translation>never assessed: first assessment needed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="248" />
        <source>探访发现能力变化，需即时评估</source>
        <translation>a visit reported a change: reassess now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="249" />
        <source>每 6 个月复评</source>
        <translation>every 6 months</translation>
    </message>
    <message>
        <location filename="../../ui/pages/elder_page.py" line="260" />
        <source>（逾期 {n} 天）</source>
        <translation> ({n} days overdue)</translation>
    </message>
</context>
<context>
    <name>ElderPicker</name>
    <message>
        <location filename="../../ui/elder_picker.py" line="112" />
        <source>输入姓名、拼音、首字母或身份证后几位查找老人</source>
        <translation>Type a name, pinyin, initials or the last digits of the ID number to find an elder</translation>
    </message>
    <message>
        <location filename="../../ui/elder_picker.py" line="113" />
        <source>请选择老人</source>
        <translation>Choose an elder</translation>
    </message>
    <message>
        <location filename="../../ui/elder_picker.py" line="118" />
        <source>{n}岁</source>
        <translation>{n} yrs</translation>
    </message>
</context>
<context>
    <name>ElderlyHomeSections</name>
    <message>
        <location filename="../../ui/elderly_home_sections.py" line="27" />
        <source>待探访</source>
        <translation>Visits due</translation>
    </message>
    <message>
        <location filename="../../ui/elderly_home_sections.py" line="30" />
        <source>未完成的跟进事项</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/elderly_home_sections.py" line="49" />
        <source>待探访（{n} 位）</source>
        <translation>Visits due ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/elderly_home_sections.py" line="59" />
        <source>……其余见“待探访”页</source>
        <translation>… more on the Visits due page</translation>
    </message>
    <message>
        <location filename="../../ui/elderly_home_sections.py" line="62" />
        <source>（逾期 {n} 天）</source>
        <translation> ({n} days overdue)</translation>
    </message>
</context>
<context>
    <name>EnrolStationDialog</name>
    <message>
        <location filename="../../ui/city_window.py" line="84" />
        <source>登记新站点</source>
        <translation>Enrol a new station</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="88" />
        <source>如 ZQ-DZ-001</source>
        <translation>e.g. ZQ-DZ-001</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="90" />
        <source>站点编码</source>
        <translation>Station code</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="91" />
        <source>站点名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="92" />
        <source>登记文件含一次性令牌，请当面交给站点，并电话核对密钥指纹。</source>
        <translation>The enrolment file holds a one-time token: hand it to the station in person and compare the key fingerprints by phone.</translation>
    </message>
</context>
<context>
    <name>ErasureReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs/erasure_reason_dialog.py" line="16" />
        <source>删除原因</source>
        <translation>Reason for erasure</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_reason_dialog.py" line="18" />
        <source>请填写删除 {name} 个人信息的原因，它会写入回执和操作日志。</source>
        <translation>Give the reason for erasing {name}'s personal information; it goes on the receipt and into the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_reason_dialog.py" line="22" />
        <source>本人申请</source>
        <translation>At the person's request</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_reason_dialog.py" line="22" />
        <source>监护人申请</source>
        <translation>At the guardian's request</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_reason_dialog.py" line="22" />
        <source>撤回同意</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_reason_dialog.py" line="22" />
        <source>超过保存期限</source>
        <translation>Retention period over</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erasure_reason_dialog.py" line="27" />
        <source>原因</source>
        <translation>reason</translation>
    </message>
</context>
<context>
    <name>FoundNeedsEditor</name>
    <message>
        <location filename="../../ui/widgets/found_needs_editor.py" line="31" />
        <source>＋ 登记为需求</source>
        <translation>+ Record as a need</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/found_needs_editor.py" line="32" />
        <source>把发现的需求登记到需求清单，可登记多项</source>
        <translation>Put the needs found on the needs list; several may be added</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/found_needs_editor.py" line="58" />
        <source>已登记：{needs}</source>
        <translation>Recorded: {needs}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/found_needs_editor.py" line="69" />
        <source>选择类别</source>
        <translation>Choose a category</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/found_needs_editor.py" line="80" />
        <source>需要什么</source>
        <translation>What is needed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/found_needs_editor.py" line="81" />
        <source>移除</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>GuardianConsentBox</name>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="57" />
        <source>添加监护人</source>
        <translation>Add guardian</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="112" />
        <source>监护人与同意</source>
        <translation>Guardians and consent</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="118" />
        <source>⚠ 该儿童没有有效的监护人同意记录。请尽快由监护人签署同意书并在此登记。</source>
        <translation>⚠ No valid guardian consent is on record for this child. Have a guardian sign the consent form soon and record it here.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="127" />
        <source>添加监护人…</source>
        <translation>Add guardian…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="129" />
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="131" />
        <source>登记同意…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="133" />
        <location filename="../../ui/widgets/guardian_consent_box.py" line="240" />
        <source>撤回同意</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="134" />
        <source>撤回后，该儿童当天起退出所有辅导班，重新登记同意前不能报名</source>
        <translation>Once withdrawn, the child leaves every class from that day and cannot be enrolled until consent is recorded again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="153" />
        <source>同意记录</source>
        <translation>Consent records</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="155" />
        <source>监护人</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="164" />
        <source>（主要）</source>
        <translation> (primary)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="170" />
        <source>{day} {who} 同意：{scope}</source>
        <translation>{day} {who} consented: {scope}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="174" />
        <source>（已于 {day} 撤回）</source>
        <translation> (withdrawn on {day})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="183" />
        <source>✔ 监护人已同意：{by}，{day}，范围：{scope}</source>
        <translation>✔ Guardian consent given: {by}, {day}, covering: {scope}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="189" />
        <source>✘ 未登记有效的监护人同意：不能报名辅导班。</source>
        <translation>✘ No valid guardian consent on record: the child cannot be enrolled in classes.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="192" />
        <source>先添加监护人，再登记其同意</source>
        <translation>Add a guardian first, then record their consent</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="216" />
        <source>移除监护人</source>
        <translation>Remove guardian</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="216" />
        <source>确定移除监护人 {text}？</source>
        <translation>Remove guardian {text}?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="236" />
        <source>确定登记监护人已撤回此项同意？
{who} {day}：{scope}</source>
        <translation>Record that the guardian has withdrawn this consent?
{who} {day}: {scope}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/guardian_consent_box.py" line="239" />
        <source>从今天起该儿童退出所有辅导班（已记录的考勤保留），重新登记同意前不能报名。</source>
        <translation>From today the child leaves every class (recorded attendance is kept) and cannot be enrolled until consent is recorded again.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/pages/home_page.py" line="17" />
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="18" />
        <source>老年人</source>
        <translation>Elders</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="19" />
        <source>儿童</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="20" />
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../ui/widgets/indicator_charts.py" line="72" />
        <source>本期</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/indicator_charts.py" line="79" />
        <source>上期</source>
        <translation>Previous period</translation>
    </message>
</context>
<context>
    <name>JoinTeamDialog</name>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="218" />
        <source>加入队员：{team}</source>
        <translation>Add a member: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="222" />
        <source>志愿者*</source>
        <translation>Volunteer*</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../ui/list_export.py" line="28" />
        <source>导出到 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="63" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="71" />
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="72" />
        <source>已导出 {n} 行到 {path}</source>
        <translation>{n} rows exported to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="78" />
        <source>导出列表 Excel…</source>
        <translation>Export list to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="80" />
        <source>按当前筛选导出列表中显示的内容（号码已遮盖）；导出会记入操作日志</source>
        <translation>Export what the list shows with its current filter (numbers masked); the export is written to the audit log</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../ui/list_labels.py" line="131" />
        <source>每天</source>
        <translation>every day</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="133" />
        <source>周末</source>
        <translation>weekends</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="136" />
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="151" />
        <source>余 {left} / 可用 {available}</source>
        <translation>{left} left / {available} available</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="155" />
        <source> / 最多 {maximum}</source>
        <translation> / at most {maximum}</translation>
    </message>
</context>
<context>
    <name>ListsHomeSection</name>
    <message>
        <location filename="../../ui/lists_home_section.py" line="26" />
        <source>需求清单</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/lists_home_section.py" line="31" />
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/lists_home_section.py" line="32" />
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../ui/lists_home_section.py" line="33" />
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/lists_home_section.py" line="34" />
        <source>已办结</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../ui/lists_home_section.py" line="63" />
        <source>（逾期 {n} 天）</source>
        <translation> ({n} days overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/lists_home_section.py" line="78" />
        <source>……其余见“需求清单”页</source>
        <translation>… the rest are on the Needs page</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="95" />
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="95" />
        <source>{s}：请用您的账号登录。</source>
        <translation>{s}: log in with your account.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="96" />
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="97" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="98" />
        <source>忘记站长密码…</source>
        <translation>Forgot the administrator's password…</translation>
    </message>
</context>
<context>
    <name>LongJob</name>
    <message>
        <location filename="../../ui/long_job.py" line="31" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="33" />
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="25" />
        <source>StationDesk 社区服务站工作台 — {name}</source>
        <translation>StationDesk community service station — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>站点：{code} {name}</source>
        <translation>Station: {code} {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57" />
        <source>数据文件夹：{path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63" />
        <source>登录：{name}</source>
        <translation>Logged in: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66" />
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>搜索（Ctrl+K）</source>
        <translation>Search (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>用户指南（F1）</source>
        <translation>User guide (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>锁定(&amp;L)</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179" />
        <source>切换用户(&amp;U)…</source>
        <translation>Switch &amp;user…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>修改密码(&amp;P)…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <source>保存期限(&amp;R)…</source>
        <translation>&amp;Retention period…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248" />
        <source>关于 StationDesk</source>
        <translation>About StationDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249" />
        <source>StationDesk {version}
社区服务站工作台
数据文件夹：{path}</source>
        <translation>StationDesk {version}
Community service station desk
Data folder: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="98" />
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="192" />
        <source>活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="129" />
        <source>能力评估</source>
        <translation>Ability assessment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="156" />
        <source>考勤录入</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="165" />
        <source>儿童档案</source>
        <translation>Child's record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="120" />
        <source>待探访</source>
        <translation>Visits due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="138" />
        <source>老人档案</source>
        <translation>Elder's record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="201" />
        <source>服务时长</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="183" />
        <source>队伍与项目</source>
        <translation>Teams and projects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="147" />
        <source>辅导班</source>
        <translation>Tutoring classes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="111" />
        <source>探访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="174" />
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="102" />
        <source>人员档案</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="48" />
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="49" />
        <source>老年人服务</source>
        <translation>Elder care</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="50" />
        <source>儿童服务</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="51" />
        <source>志愿服务</source>
        <translation>Volunteering</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="52" />
        <source>三张清单</source>
        <translation>The three lists</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="54" />
        <location filename="../../ui/pages/__init__.py" line="210" />
        <location filename="../../ui/selftest.py" line="178" />
        <source>数据同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="55" />
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="219" />
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="53" />
        <location filename="../../ui/pages/__init__.py" line="264" />
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="228" />
        <source>备份与恢复</source>
        <translation>Backup &amp; restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="273" />
        <source>需求详情</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="255" />
        <source>需求清单</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="282" />
        <source>资源清单</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="300" />
        <source>服务记录</source>
        <translation>Service records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="291" />
        <source>服务清单</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="237" />
        <source>维护列表</source>
        <translation>Maintained lists</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="246" />
        <source>账号与权限</source>
        <translation>Accounts and roles</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="387" />
        <source>月度考勤汇总</source>
        <translation>Monthly attendance summary</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="391" />
        <source>月份</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>MultiEnrolDialog</name>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="62" />
        <source>姓名、拼音首字母、电话或身份证后几位</source>
        <translation>Name, pinyin initials, phone or the last digits of the ID number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="64" />
        <source>全部社区</source>
        <translation>All communities</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="66" />
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="68" />
        <source>全部人员</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="77" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="78" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="79" />
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="80" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="81" />
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="82" />
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="129" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="86" />
        <source>监护人同意</source>
        <translation>Guardian consent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="87" />
        <source>已同意</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="87" />
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="100" />
        <source>全选筛选结果</source>
        <translation>Select all filter results</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="101" />
        <source>勾选符合当前筛选条件的所有人，包括列表中尚未显示的</source>
        <translation>Tick everyone who matches the current filter, including those not yet shown in the list</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="103" />
        <source>清除勾选</source>
        <translation>Clear ticks</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="105" />
        <source>新登记…</source>
        <translation>Register new…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="106" />
        <source>档案中还没有这个人：在这里登记，登记后直接勾选</source>
        <translation>Not in the registry yet: register them here and they are ticked right away</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="121" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="128" />
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="130" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="157" />
        <source>筛选结果 {n} 人</source>
        <translation>{n} match the filter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="205" />
        <source>已勾选 {n} 人</source>
        <translation>{n} ticked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="206" />
        <source>报名 {n} 人</source>
        <translation>Enrol {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="225" />
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="228" />
        <source>没有报名任何人，请先处理以下问题：</source>
        <translation>Nobody was enrolled. Please resolve these first:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/multi_enrol_dialog.py" line="232" />
        <source>取消勾选这 {n} 人，其余的再报名</source>
        <translation>Untick these {n} and enrol the others</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="73" />
        <source>修改需求 {number}</source>
        <translation>Edit need {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="73" />
        <source>登记需求</source>
        <translation>Record a need</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="78" />
        <source>人员档案中的个人</source>
        <translation>A person in the registry</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="79" />
        <source>群体或社区</source>
        <translation>A group or community</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="84" />
        <source>（未选择）</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="85" />
        <source>选择人员…</source>
        <translation>Choose a person…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="87" />
        <source>如：星湖社区户外劳动者</source>
        <translation>e.g. outdoor workers of Xinghu community</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="92" />
        <source>（按人员档案）</source>
        <translation>(from the registry)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="93" />
        <source>其他居民</source>
        <translation>Other residents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="104" />
        <source>指定期望服务时间</source>
        <translation>Wanted time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="115" />
        <source>填写记录的工作人员姓名</source>
        <translation>Name of the staff member writing the record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="126" />
        <source>人数</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="131" />
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="135" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="137" />
        <source>需求对象</source>
        <translation>Who needs it</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="138" />
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="139" />
        <source>群体/社区</source>
        <translation>Group / community</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="140" />
        <source>所在社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="141" />
        <source>服务类别*</source>
        <translation>Category*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="142" />
        <source>服务对象类别</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="143" />
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="144" />
        <source>需求描述</source>
        <translation>What is needed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="145" />
        <source>期望时间</source>
        <translation>Wanted time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="146" />
        <source>服务地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="147" />
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="148" />
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="165" />
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/need_dialog.py" line="205" />
        <source>有需求的人员</source>
        <translation>The person in need</translation>
    </message>
</context>
<context>
    <name>NeedPage</name>
    <message>
        <location filename="../../ui/pages/need_page.py" line="50" />
        <source>请在“需求清单”中打开一项需求</source>
        <translation>Open a need from the Needs page</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="60" />
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="61" />
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="62" />
        <source>开始服务</source>
        <translation>Start service</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="63" />
        <source>登记服务…</source>
        <translation>Record a service…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="64" />
        <source>评价…</source>
        <translation>Rate…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="65" />
        <source>不予受理…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="66" />
        <source>撤销…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="67" />
        <source>该对象的全部服务</source>
        <translation>All services of this person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="82" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="83" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="84" />
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="85" />
        <location filename="../../ui/pages/need_page.py" line="108" />
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="86" />
        <source>理由</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="93" />
        <source>派单给所选…</source>
        <translation>Dispatch to the chosen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="98" />
        <source>点选一个或多个推荐对象（可多选），再点“派单给所选”。得分越高越合适，理由列出每一项加减分。</source>
        <translation>Click one or more suggestions, then “Dispatch to the chosen”. A higher score fits better; “Why” lists every part of it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="103" />
        <source>派给</source>
        <translation>Dispatched to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="104" />
        <source>数量</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="105" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="106" />
        <source>派单时间</source>
        <translation>Dispatched at</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="107" />
        <source>派单人</source>
        <translation>Dispatched by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="109" />
        <source>结束时间</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="110" />
        <location filename="../../ui/pages/need_page.py" line="383" />
        <source>取消原因</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="117" />
        <source>完成派单并登记服务…</source>
        <translation>Close with the service given…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="119" />
        <source>改派…</source>
        <translation>Re-dispatch…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="121" />
        <source>取消派单…</source>
        <translation>Cancel dispatch…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="130" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="131" />
        <location filename="../../ui/pages/need_page.py" line="142" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="132" />
        <source>服务</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="133" />
        <source>提供者</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="134" />
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="135" />
        <source>人数</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="136" />
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="143" />
        <source>从</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="144" />
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="145" />
        <location filename="../../ui/pages/need_page.py" line="313" />
        <location filename="../../ui/pages/need_page.py" line="335" />
        <location filename="../../ui/pages/need_page.py" line="384" />
        <source>经办人</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="146" />
        <source>原因 / 说明</source>
        <translation>Reason / note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="151" />
        <source>推荐对接</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="152" />
        <source>派单</source>
        <translation>Dispatches</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="153" />
        <source>服务记录</source>
        <translation>Service records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="154" />
        <source>办理过程</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="164" />
        <source>需求详情</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="214" />
        <source>（{day} {kind}）</source>
        <translation> ({day} {kind})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="218" />
        <source>服务类别：{c}　服务对象：{g}　社区：{m}</source>
        <translation>Category: {c}　Group: {g}　Community: {m}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="220" />
        <source>其他居民</source>
        <translation>Other residents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="223" />
        <source>来源：{s}　发现日期：{d}　记录人：{r}</source>
        <translation>Source: {s}　Found on: {d}　Recorded by: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="226" />
        <source>涉及人数：约 {n} 人</source>
        <translation>People concerned: about {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="229" />
        <source>期望时间：{a} 至 {b}</source>
        <translation>Wanted: {a} to {b}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="235" />
        <source>服务地点：{p}</source>
        <translation>Place: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="236" />
        <source>需求描述：{d}</source>
        <translation>What is needed: {d}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="239" />
        <source>评价：{score} 分 {name}　{comment}</source>
        <translation>Rating: {score} {name}　{comment}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="245" />
        <source>办结期限 {d}，已逾期 {n} 天</source>
        <translation>Deadline {d}, overdue by {n} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="248" />
        <source>办结期限 {d}</source>
        <translation>Deadline {d}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="303" />
        <source>不予受理的原因</source>
        <translation>Why it is rejected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="303" />
        <source>撤销的原因</source>
        <translation>Why it is withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="325" />
        <source>服务评价：{who}</source>
        <translation>Rating: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="329" />
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="334" />
        <source>评价意见</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/need_page.py" line="381" />
        <source>取消派单：{name}</source>
        <translation>Cancel dispatch: {name}</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="42" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="43" />
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="44" />
        <source>需求对象</source>
        <translation>Who needs it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="45" />
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="46" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="47" />
        <source>对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="48" />
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="49" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="50" />
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="52" />
        <source>逾期</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="54" />
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="57" />
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="58" />
        <source>需求描述</source>
        <translation>What is needed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="100" />
        <source>编号、姓名、群体或需求内容</source>
        <translation>Number, name, group or what is needed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="102" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="103" />
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="104" />
        <source>已办结</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="109" />
        <source>全部紧急程度</source>
        <translation>Any urgency</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="113" />
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="115" />
        <source>全部对象</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="119" />
        <source>全部社区</source>
        <translation>All communities</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="120" />
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="128" />
        <source>登记需求…</source>
        <translation>Record a need…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="130" />
        <source>打开需求</source>
        <translation>Open need</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="132" />
        <source>打印公示…</source>
        <translation>Print notice…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="134" />
        <source>导出公示 Excel…</source>
        <translation>Export notice to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="136" />
        <source>办结期限…</source>
        <translation>Deadlines…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="154" />
        <location filename="../../ui/pages/needs_page.py" line="158" />
        <source>需求清单</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="162" />
        <source>红色：已逾期　黄色：紧急　双击一行打开需求。</source>
        <translation>Red: overdue　Amber: urgent　Double-click a row to open the need.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_page.py" line="199" />
        <source>共 {total} 项，已显示 {shown} 项</source>
        <translation>{total} in all, {shown} shown</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../ui/notice_actions.py" line="17" />
        <source>需求清单公示</source>
        <translation>Needs notice</translation>
    </message>
    <message>
        <location filename="../../ui/notice_actions.py" line="18" />
        <source>资源清单公示</source>
        <translation>Resources notice</translation>
    </message>
    <message>
        <location filename="../../ui/notice_actions.py" line="19" />
        <source>服务清单公示</source>
        <translation>Services notice</translation>
    </message>
    <message>
        <location filename="../../ui/notice_actions.py" line="29" />
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/notice_actions.py" line="38" />
        <source>正在生成公示清单…</source>
        <translation>Making the notice list…</translation>
    </message>
    <message>
        <location filename="../../ui/notice_actions.py" line="53" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/notice_actions.py" line="60" />
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/notice_actions.py" line="61" />
        <source>已导出 {n} 项到 {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
</context>
<context>
    <name>OfferListPage</name>
    <message>
        <location filename="../../ui/offer_list_page.py" line="51" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="56" />
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="59" />
        <source>全部社区</source>
        <translation>All communities</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="60" />
        <source>只看有余量</source>
        <translation>Spare capacity only</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="62" />
        <source>新增…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="64" />
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="67" />
        <source>打印公示…</source>
        <translation>Print notice…</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="69" />
        <source>导出公示 Excel…</source>
        <translation>Export notice to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="109" />
        <source>请在左侧选择一项</source>
        <translation>Choose one on the left</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="115" />
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="116" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="117" />
        <source>需求对象</source>
        <translation>Who needs it</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="118" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="119" />
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="120" />
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="121" />
        <source>理由</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="130" />
        <source>派给此项…</source>
        <translation>Dispatch to this…</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="135" />
        <source>可对接的未派单需求（按得分排序）</source>
        <translation>Open needs not yet dispatched it could answer (by score)</translation>
    </message>
    <message>
        <location filename="../../ui/offer_list_page.py" line="163" />
        <source>已显示 {n} 项</source>
        <translation>{n} shown</translation>
    </message>
</context>
<context>
    <name>OfferTermsEditor</name>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="29" />
        <source>社区名称，用顿号分隔；不填表示全站范围</source>
        <translation>Community names separated by 、; empty means the whole area</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="31" />
        <source>限定时段</source>
        <translation>Set hours</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="35" />
        <source>人次、场、份、元…</source>
        <translation>people, sessions, portions, yuan…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="37" />
        <location filename="../../ui/widgets/offer_terms_editor.py" line="38" />
        <source>不计</source>
        <translation>not counted</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="54" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="56" />
        <source>可用</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="58" />
        <source>最多</source>
        <translation>At most</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="63" />
        <source>服务范围</source>
        <translation>Area served</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="64" />
        <source>服务日</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="65" />
        <source>服务时段</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="66" />
        <source>容量</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offer_terms_editor.py" line="67" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="57" />
        <source>共 {count} 页</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="58" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="59" />
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="60" />
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="61" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="79" />
        <source>无法显示此 PDF</source>
        <translation>This PDF cannot be shown</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="122" />
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="122" />
        <source>打印机无法开始打印，请检查打印机后重试。</source>
        <translation>The printer could not start; check the printer and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="151" />
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="176" />
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview_dialog.py" line="177" />
        <source>无法写入 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/pages/people_page.py" line="59" />
        <source>搜索：姓名、拼音或首字母（如 wxy）、电话或身份证后几位</source>
        <translation>Search: name, pinyin or initials (e.g. wxy), last digits of phone or ID number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="62" />
        <source>全部身份</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="63" />
        <source>老人</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="64" />
        <source>儿童</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="65" />
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="66" />
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="70" />
        <location filename="../../ui/pages/people_page.py" line="174" />
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="73" />
        <source>新增人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="75" />
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="77" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="95" />
        <source>人员档案</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="114" />
        <source>新增人员（Ctrl+N）</source>
        <translation>Add person (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="156" />
        <source>正在查找…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="181" />
        <source>共 {n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="247" />
        <source>确定删除 {name} 的档案吗？删除后可以立即撤销。</source>
        <translation>Delete the record of {name}? You can undo it right away.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="248" />
        <source>删除人员</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people_page.py" line="253" />
        <source>已删除 {name}</source>
        <translation>{name} deleted</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="19" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="20" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="21" />
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="22" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="23" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="24" />
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="25" />
        <source>身份</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="26" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table_model.py" line="56" />
        <source>儿童以化名显示</source>
        <translation>Children are shown by their alias</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="15" />
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="16" />
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="17" />
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="18" />
        <source>上季度</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="19" />
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="20" />
        <source>上年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="37" />
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="46" />
        <source>统计期间</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <location filename="../../ui/widgets/__init__.py" line="108" />
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/__init__.py" line="110" />
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/__init__.py" line="117" />
        <source>老人</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/__init__.py" line="118" />
        <source>儿童</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/__init__.py" line="119" />
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/__init__.py" line="120" />
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
</context>
<context>
    <name>PersonDetailPanel</name>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="46" />
        <location filename="../../ui/widgets/person_detail_panel.py" line="212" />
        <source>化名</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="47" />
        <location filename="../../ui/widgets/person_detail_panel.py" line="203" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="48" />
        <location filename="../../ui/widgets/person_detail_panel.py" line="204" />
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="49" />
        <location filename="../../ui/widgets/person_detail_panel.py" line="205" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="50" />
        <location filename="../../ui/widgets/person_detail_panel.py" line="206" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="51" />
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="52" />
        <source>身份</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="53" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="54" />
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="55" />
        <location filename="../../ui/widgets/person_detail_panel.py" line="213" />
        <source>紧急联系人</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="56" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="63" />
        <location filename="../../ui/widgets/person_detail_panel.py" line="149" />
        <location filename="../../ui/widgets/person_detail_panel.py" line="187" />
        <source>显示完整号码</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="64" />
        <source>查看完整号码会记入审计日志</source>
        <translation>Viewing the full number is written to the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="74" />
        <source>儿童：监护人与同意</source>
        <translation>Child: guardians and consent</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="76" />
        <source>在左侧列表中选择一个人查看详情。</source>
        <translation>Select a person in the list to see the details.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="84" />
        <source>更正记录</source>
        <translation>Correction log</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="202" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="207" />
        <source>社区</source>
        <translation>community</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="208" />
        <source>道路门牌</source>
        <translation>street and number</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="209" />
        <source>楼栋</source>
        <translation>building</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="210" />
        <source>单元</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="211" />
        <source>房号</source>
        <translation>room</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="214" />
        <source>紧急联系电话</source>
        <translation>emergency phone</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="131" />
        <source>（{age} 岁）</source>
        <translation>(age {age})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="170" />
        <source>{when} {field}：{old} → {new}（{who}）</source>
        <translation>{when} {field}: {old} → {new} ({who})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="172" />
        <source>未记录</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="175" />
        <source> 原因：{reason}</source>
        <translation> Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_detail_panel.py" line="193" />
        <source>隐藏号码</source>
        <translation>Hide number</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="56" />
        <source>编辑人员档案</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="56" />
        <source>新增人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="78" />
        <source>如 1948-03-05</source>
        <translation>e.g. 1948-03-05</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="79" />
        <source>18 位，填写后自动带出性别和出生日期</source>
        <translation>18 characters; fills in gender and date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="80" />
        <source>手机号或 0758-1234567</source>
        <translation>Mobile or 0758-1234567</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="81" />
        <source>道路/街巷和门牌号，如 宋城路12号</source>
        <translation>Road or lane and house number, e.g. 12 Songcheng Road</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="82" />
        <source>楼栋号，如 12</source>
        <translation>Building number, e.g. 12</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="83" />
        <source>儿童在名单和打印件上显示化名</source>
        <translation>Children appear by alias in lists and printouts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="86" />
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="86" />
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="86" />
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="93" />
        <source>老人</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="94" />
        <source>儿童</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="95" />
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="96" />
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="116" />
        <location filename="../../ui/dialogs/person_dialog.py" line="281" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="118" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="120" />
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="130" />
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="132" />
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="133" />
        <source>身份</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="134" />
        <source>化名</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="135" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="137" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="138" />
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="139" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="140" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="142" />
        <source>住址与联系</source>
        <translation>Address and contacts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="144" />
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="145" />
        <source>道路门牌</source>
        <translation>street and number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="146" />
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="147" />
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="148" />
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="149" />
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="150" />
        <source>紧急联系人</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="151" />
        <source>紧急联系电话</source>
        <translation>Emergency phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="152" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="157" />
        <source>修改姓名、证件号、电话、住址等已登记的信息时填写，可不填</source>
        <translation>When correcting registered details such as the name, ID number, phone or address (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="161" />
        <source>更正原因</source>
        <translation>reason for the correction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="170" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="171" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="262" />
        <source>已根据身份证号填写性别和出生日期</source>
        <translation>Gender and date of birth filled in from the ID number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="274" />
        <source>选择户主</source>
        <translation>Choose head of household</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="336" />
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="336" />
        <source>仍要保存吗？</source>
        <translation>Save anyway?</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="207" />
        <source>选择人员</source>
        <translation>Choose a person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="217" />
        <source>请选择或填写关系</source>
        <translation>Choose or type the relation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="218" />
        <source>主要监护人</source>
        <translation>Primary guardian</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="228" />
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="243" />
        <source>请先在列表中选择一个人。</source>
        <translation>Select a person in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="246" />
        <source>请选择或填写与儿童的关系。</source>
        <translation>Choose or type the relation to the child.</translation>
    </message>
</context>
<context>
    <name>PersonRightsButtons</name>
    <message>
        <location filename="../../ui/widgets/person_rights_buttons.py" line="26" />
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_rights_buttons.py" line="39" />
        <source>查阅复制…</source>
        <translation>Copy of data…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_rights_buttons.py" line="41" />
        <source>本人依法申请查阅、复制其个人信息时使用：保存一份 PDF 和一份 JSON 文件；导出会记入审计日志</source>
        <translation>For a person's lawful request to see and copy their personal information: saves a PDF and a JSON file; the export is audited</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_rights_buttons.py" line="45" />
        <source>删除个人信息（匿名化）…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_rights_buttons.py" line="46" />
        <source>本人申请删除时使用：删除姓名、证件号、电话、住址等，服务记录匿名保留</source>
        <translation>For a person's request to be erased: name, ID number, phone, address and so on are erased; service records stay without identity</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_rights_buttons.py" line="62" />
        <source>{name}-个人信息.pdf</source>
        <translation>{name}-personal-data.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_rights_buttons.py" line="69" />
        <source>已导出 {n} 条记录：
{pdf}
{json}</source>
        <translation>{n} records exported:
{pdf}
{json}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_rights_buttons.py" line="70" />
        <source>查阅复制</source>
        <translation>Copy of personal data</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_rights_buttons.py" line="81" />
        <source>将删除 {name} 的个人信息：姓名、化名、身份证号、电话、住址、紧急联系人、备注；出生日期只保留年份，性别保留。

保留：走访、评估、出勤、服务等记录，用于统计，但不再能识别到此人。
下次同步时，市级平台上的副本也会同样删除。删除后不能撤销。

确定继续吗？</source>
        <translation>This erases {name}'s personal information: name, alias, ID number, phone, address, emergency contact and notes; of the birth date only the year is kept, the gender stays.

Kept: visits, assessments, attendance, services and other records, for the statistics, but no longer traceable to this person.
The city's copy is erased the same way at the next sync. This cannot be undone.

Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_rights_buttons.py" line="85" />
        <location filename="../../ui/widgets/person_rights_buttons.py" line="98" />
        <source>删除个人信息</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_rights_buttons.py" line="95" />
        <source>{warnings}

仍要删除 {name} 的个人信息吗？</source>
        <translation>{warnings}

Erase {name}'s personal information anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_rights_buttons.py" line="110" />
        <source>个人信息已删除，{kept} 条服务记录匿名保留。

要保存给申请人的删除回执（PDF）吗？</source>
        <translation>The personal information is erased; {kept} service records are kept without identity.

Save the erasure receipt (PDF) for the requester?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_rights_buttons.py" line="113" />
        <source>删除回执</source>
        <translation>Erasure receipt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/person_rights_buttons.py" line="115" />
        <source>删除回执-{day}.pdf</source>
        <translation>erasure-receipt-{day}.pdf</translation>
    </message>
</context>
<context>
    <name>PersonSearchList</name>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="110" />
        <source>输入姓名、化名、拼音首字母、电话、身份证后几位或志愿者编号查找人员档案</source>
        <translation>Type a name, alias, pinyin initials, phone, last digits of the ID number or a volunteer number to find a person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="114" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="115" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="116" />
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="117" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="118" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="119" />
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="120" />
        <source>身份</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="123" />
        <source>监护人同意</source>
        <translation>Guardian consent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="123" />
        <source>已同意</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="123" />
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="131" />
        <source>新登记…</source>
        <translation>Register new…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="132" />
        <source>档案中还没有这个人：在这里登记，登记后直接选中</source>
        <translation>Not in the registry yet: register them here and they are chosen right away</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="164" />
        <source>只显示前 {n} 个，请输入更多内容缩小范围</source>
        <translation>Showing the first {n}; type more to narrow the search</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_picker_dialog.py" line="187" />
        <source>已登记 {name}</source>
        <translation>Registered {name}</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="145" />
        <location filename="../../ui/dialogs/login_dialog.py" line="171" />
        <location filename="../../ui/dialogs/login_dialog.py" line="267" />
        <source>两次输入的密码不一样</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="186" />
        <source>站长的恢复码</source>
        <translation>The administrator's recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="187" />
        <source>忘记站长密码时，用这个恢复码重设。它只显示这一次，请抄下或打印后锁好：

{c}</source>
        <translation>If the administrator's password is forgotten, this recovery code resets it. It is shown only this once: write it down or print it and lock it away:

{c}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="206" />
        <source>（演示站点：登录名 admin，密码 {p}）</source>
        <translation> (demo station: login admin, password {p})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="275" />
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="275" />
        <source>密码已修改。</source>
        <translation>The password is changed.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/messages.py" line="19" />
        <source>出现了意外错误，操作未完成，数据没有改动。详情已写入数据文件夹的日志。</source>
        <translation>An unexpected error stopped the operation; no data was changed. The details are in the log in the data folder.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25" />
        <source>无法完成</source>
        <translation>Could not finish</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="119" />
        <source>用恢复码重设站长密码</source>
        <translation>Reset the administrator's password with the recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="119" />
        <source>输入设置站长时显示的恢复码，再输两次新密码。</source>
        <translation>Enter the recovery code shown when the administrator was set up, then the new password twice.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="121" />
        <source>恢复码</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="122" />
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="123" />
        <source>再输一次新密码</source>
        <translation>Repeat the new password</translation>
    </message>
</context>
<context>
    <name>RedispatchDialog</name>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="72" />
        <source>改派：{name}</source>
        <translation>Re-dispatch: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="80" />
        <source>如：对方本周无法安排</source>
        <translation>e.g. they cannot make it this week</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="82" />
        <source>改派给</source>
        <translation>Re-dispatch to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="83" />
        <source>改派原因*</source>
        <translation>Reason*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dispatch_dialogs.py" line="84" />
        <source>派单人</source>
        <translation>Dispatched by</translation>
    </message>
</context>
<context>
    <name>RegisterVolunteerDialog</name>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="247" />
        <source>登记志愿者</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="247" />
        <source>登记已标记为志愿者的人员</source>
        <translation>Register people marked as volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="254" />
        <source>留空则自动编号</source>
        <translation>Leave blank to number automatically</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="257" />
        <source>如 周末上午、工作日晚上</source>
        <translation>e.g. weekend mornings, weekday evenings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="266" />
        <source>未满 14 周岁不能登记；14 至 18 周岁须先在人员档案中登记监护人同意。人员档案中还没有的人，点“新登记…”当场登记。</source>
        <translation>People under 14 cannot be registered; those aged 14 to 18 need a guardian's consent recorded in the registry first. Someone not in the registry yet can be registered here with 'Register new…'.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="272" />
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="273" />
        <source>登记日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="274" />
        <source>服务时间</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="275" />
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="278" />
        <source>技能特长</source>
        <translation>Skills</translation>
    </message>
</context>
<context>
    <name>ReportBar</name>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="83" />
        <source>重新统计</source>
        <translation>Count again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="84" />
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_bar.py" line="85" />
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="121" />
        <source>修改资源</source>
        <translation>Edit resource</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="121" />
        <source>新增资源</source>
        <translation>New resource</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="124" />
        <source>如：党群服务中心多功能厅</source>
        <translation>e.g. the party-service centre's hall</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="128" />
        <source>提供单位或个人</source>
        <translation>Organisation or person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="129" />
        <source>（不是本站队伍）</source>
        <translation>(not one of our teams)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="138" />
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="140" />
        <source>资源名称*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="141" />
        <source>提供方*</source>
        <translation>Provider*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="142" />
        <source>资源类型*</source>
        <translation>Kind*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="143" />
        <source>可提供的服务</source>
        <translation>Can provide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="145" />
        <source>只在这些日子：2026-07-01、2026-07-08（可不填）</source>
        <translation>Only on these days: 2026-07-01、2026-07-08 (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="148" />
        <location filename="../../ui/dialogs/offer_dialogs.py" line="149" />
        <source>年-月-日</source>
        <translation>year-month-day</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="154" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="158" />
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="160" />
        <source>可服务日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="161" />
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="162" />
        <source>有效期</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="163" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="30" />
        <source>资源清单</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="30" />
        <source>名称、提供方或备注</source>
        <translation>Name, provider or notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="34" />
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="41" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="42" />
        <source>提供方</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="43" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="44" />
        <source>可提供服务</source>
        <translation>Can provide</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="45" />
        <source>服务范围</source>
        <translation>Area served</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="45" />
        <location filename="../../ui/pages/resources_page.py" line="74" />
        <source>全站</source>
        <translation>Whole area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="46" />
        <source>余量</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="47" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="63" />
        <source>有效期：{a} 至 {b}</source>
        <translation>Valid: {a} to {b}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="65" />
        <source>提供方：{p}（{k}）</source>
        <translation>Provider: {p} ({k})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="68" />
        <source>类型：{k}　状态：{s}</source>
        <translation>Kind: {k}　Status: {s}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="71" />
        <source>可提供服务：{c}</source>
        <translation>Can provide: {c}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="74" />
        <source>服务范围：{a}</source>
        <translation>Area served: {a}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="75" />
        <source>可服务时间：{t}</source>
        <translation>Available: {t}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="78" />
        <source>容量：{c}　派单占用：{h}</source>
        <translation>Capacity: {c}　Held by dispatches: {h}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="79" />
        <source>不计</source>
        <translation>not counted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="81" />
        <source>联系人：{n} {p}</source>
        <translation>Contact: {n} {p}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="83" />
        <source>备注：{n}</source>
        <translation>Notes: {n}</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="29" />
        <location filename="../../ui/dialogs/retention_dialog.py" line="98" />
        <source>保存期限</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="33" />
        <source>最后一次服务（走访、评估、辅导、活动、服务记录、志愿服务）之后超过保存期限的人，其个人信息应当删除（个人信息保护法第四十七条）。删除后服务记录匿名保留，用于统计。</source>
        <translation>People whose last service (visit, assessment, tutoring, activity, service record, volunteering) is longer ago than the retention period must have their personal information erased (PIPL art. 47). The service records stay without identity, for the statistics.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="39" />
        <source>一直保存</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="40" />
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="41" />
        <source>保存设置并查找</source>
        <translation>Save and find</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="46" />
        <source>删除所列人员的个人信息…</source>
        <translation>Erase the listed people's personal data…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="49" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="53" />
        <source>保存期限（最后一次服务后）</source>
        <translation>Retention (after the last service)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="76" />
        <source>{name}　最后一次服务 {day}</source>
        <translation>{name}　last service {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="81" />
        <source>超过保存期限的有 {n} 人。</source>
        <translation>{n} people are past the retention period.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="89" />
        <source>将删除以上 {n} 人的个人信息：姓名、化名、身份证号、电话、住址、紧急联系人、备注；服务记录匿名保留。未完成的需求和在读的辅导班也一并处理。删除后不能撤销。

确定删除吗？</source>
        <translation>This erases the personal information of the {n} people above: name, alias, ID number, phone, address, emergency contact, notes; service records stay without identity. Open needs and current classes are handled too. This cannot be undone.

Erase?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="92" />
        <source>按保存期限删除</source>
        <translation>Erase by retention period</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_dialog.py" line="98" />
        <source>已删除 {n} 人的个人信息。</source>
        <translation>Personal information of {n} people erased.</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="46" />
        <source>导入志愿者名册：{name}</source>
        <translation>Import volunteer roster: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="57" />
        <source>第 1 步：指定每一项在表格的哪一列（已按表头和上次的选择预先填好）。共 {rows} 行数据。</source>
        <translation>Step 1: say which column holds each item (filled in from the headings and your last choice). {rows} data rows.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="65" />
        <source>（不导入）</source>
        <translation>(don't import)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="67" />
        <source>第 {n} 列</source>
        <translation>Column {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="80" />
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="81" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="82" />
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="83" />
        <source>手机号码</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="84" />
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="84" />
        <source>（自动）</source>
        <translation>(automatic)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="85" />
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="86" />
        <source>检查结果</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="86" />
        <source>无误</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="95" />
        <source>跳过有错误的行，只导入无误的行</source>
        <translation>Skip rows with errors and import only the correct rows</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="103" />
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="105" />
        <source>下一步：检查并预览</source>
        <translation>Next: check and preview</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="107" />
        <source>确认导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="109" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="141" />
        <source>请指定“姓名”所在的列。</source>
        <translation>Choose the column that holds the name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="146" />
        <source>正在检查每一行…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="158" />
        <source>第 2 步：可导入 {ok} 行，有错误 {bad} 行（红色）。确认之前不会写入任何数据。</source>
        <translation>Step 2: {ok} rows can be imported, {bad} have errors (red). Nothing is saved until you confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="169" />
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="191" />
        <source>选择志愿者名册</source>
        <translation>Choose a volunteer roster</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/roster_import_dialog.py" line="213" />
        <source>正在读取表格…</source>
        <translation>Reading the spreadsheet…</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <location filename="../../ui/dialogs/saving_dialog.py" line="84" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/saving_dialog.py" line="85" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/saving_dialog.py" line="135" />
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="34" />
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="37" />
        <source>姓名、拼音首字母、电话或身份证后几位、志愿者编号、辅导班或活动名称</source>
        <translation>Name, pinyin initials, phone or last digits of the ID number, volunteer number, class or activity name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="40" />
        <source>回车打开第一条；单击打开所选。</source>
        <translation>Enter opens the first; a click opens the one chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="63" />
        <source>辅导班</source>
        <translation>Tutoring classes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="63" />
        <source>活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="67" />
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="68" />
        <source>{n}岁</source>
        <translation>{n} yrs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="76" />
        <source>没有找到。</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="214" />
        <source>修改服务</source>
        <translation>Edit service</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="214" />
        <source>新增服务</source>
        <translation>New service</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="217" />
        <source>如：陪同就医</source>
        <translation>e.g. accompanying to hospital</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="219" />
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="225" />
        <location filename="../../ui/dialogs/offer_dialogs.py" line="226" />
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="229" />
        <source>其他条件，如：本街道常住居民</source>
        <translation>Other conditions, e.g. residents of this subdistrict</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="230" />
        <location filename="../../ui/dialogs/offer_dialogs.py" line="231" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="232" />
        <source>负责的工作人员</source>
        <translation>Staff member in charge</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="233" />
        <source>（不属于志愿服务项目）</source>
        <translation>(not part of a volunteer project)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="234" />
        <source>如：每周三上午</source>
        <translation>e.g. Wednesday mornings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="241" />
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="241" />
        <source>岁</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="245" />
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="247" />
        <source>资源</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="249" />
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="253" />
        <source>服务名称*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="254" />
        <source>服务类别*</source>
        <translation>Category*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="255" />
        <source>服务内容</source>
        <translation>Work done</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="256" />
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="257" />
        <source>服务条件</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="258" />
        <source>提供方</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="259" />
        <source>所属项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="260" />
        <source>服务时间</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/offer_dialogs.py" line="261" />
        <source>服务地点</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>ServiceHoursPage</name>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="53" />
        <source>服务记录与确认</source>
        <translation>Service records and confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="54" />
        <source>时长汇总</source>
        <translation>Hours summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="55" />
        <source>服务时长</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="58" />
        <source>计时规则：按签到、签退的实际时间，向下取整到半小时（不足半小时的部分不计），每人每天最多计 {cap} 小时；负责人确认后锁定，之后只能写明原因更正。</source>
        <translation>How hours count: actual sign-in to sign-out time, rounded down to the half hour (part of a half hour does not count), at most {cap} hours per person per day. Confirmed records are locked; after that they can only be corrected with a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="72" />
        <source>志愿者姓名或编号</source>
        <translation>Volunteer name or number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="74" />
        <source>只看待确认</source>
        <translation>Unconfirmed only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="77" />
        <source>确认所选…</source>
        <translation>Confirm selected…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="79" />
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="81" />
        <source>更正记录…</source>
        <translation>Correction log…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="83" />
        <source>删除未确认记录</source>
        <translation>Delete unconfirmed record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="85" />
        <source>补录服务记录…</source>
        <translation>Add a service record…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="91" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="92" />
        <location filename="../../ui/pages/service_hours_page.py" line="148" />
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="93" />
        <location filename="../../ui/pages/service_hours_page.py" line="148" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="94" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="95" />
        <source>活动 / 内容</source>
        <translation>Activity / work</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="96" />
        <source>计入（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="98" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="105" />
        <source>更正原因</source>
        <translation>Correction reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="120" />
        <source>服务时长记录</source>
        <translation>Service hours records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="134" />
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="136" />
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="138" />
        <source>{m} 月</source>
        <translation>Month {m}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="144" />
        <source>已确认时长（小时）</source>
        <translation>Confirmed hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="145" />
        <source>服务人次</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="150" />
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="151" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="153" />
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="159" />
        <source>按志愿者</source>
        <translation>By volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="160" />
        <source>按队伍（全年）</source>
        <translation>By team (year)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="161" />
        <source>按项目（全年）</source>
        <translation>By project (year)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="187" />
        <source>“{text}”的待确认 {n} 条</source>
        <translation>{n} to confirm for “{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="189" />
        <source>全站待确认 {n} 条</source>
        <translation>{n} to confirm at the station</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="202" />
        <source>{year} 年已确认 {total} 小时。各月：{months}</source>
        <translation>{year}: {total} confirmed hours. By month: {months}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="206" />
        <source>{m}月 {h} 小时/{v} 人</source>
        <translation>month {m}: {h} h / {v} people</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="208" />
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="220" />
        <source>确认服务时长</source>
        <translation>Confirm service hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="220" />
        <source>请先选择待确认的记录（可按住 Ctrl 或 Shift 多选）。</source>
        <translation>Select the unconfirmed records first (hold Ctrl or Shift to select several).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="226" />
        <source>确认 {n} 条服务记录（{h} 小时）</source>
        <translation>Confirm {n} service records ({h} hours)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="229" />
        <source>确认人（活动负责人）</source>
        <translation>Confirmed by (activity leader)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="250" />
        <source>更正记录</source>
        <translation>Correction log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="260" />
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="244" />
        <source>请选择一条记录。</source>
        <translation>Choose a record.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="100" />
        <source>{state}（{by}）</source>
        <translation>{state} ({by})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="267" />
        <location filename="../../ui/pages/service_hours_page.py" line="270" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_hours_page.py" line="270" />
        <source>删除这条未确认的服务记录？</source>
        <translation>Delete this unconfirmed service record?</translation>
    </message>
</context>
<context>
    <name>ServiceRecordDialog</name>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="80" />
        <source>完成派单：{name}</source>
        <translation>Close dispatch: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="82" />
        <source>登记服务：需求 {number}</source>
        <translation>Record a service: need {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="84" />
        <source>登记服务</source>
        <translation>Record a service</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="94" />
        <source>（不属于服务清单中的项目）</source>
        <translation>(not a service of the list)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="96" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="97" />
        <source>提供服务的工作人员</source>
        <translation>Staff member who served</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="100" />
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="102" />
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="104" />
        <source>按所选人员</source>
        <translation>as named</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="109" />
        <source>添加志愿者…</source>
        <translation>Add volunteer…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="112" />
        <location filename="../../ui/dialogs/service_record_dialog.py" line="152" />
        <source>服务内容</source>
        <translation>Work done</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="115" />
        <source>（未评价）</source>
        <translation>(not rated)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="118" />
        <source>需求已解决，办结该需求</source>
        <translation>The need is met; complete it</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="120" />
        <source>填写记录的工作人员姓名</source>
        <translation>Name of the staff member writing the record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="123" />
        <source>从</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="123" />
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="134" />
        <source>（集体服务填写总人数，如夏日送清凉）</source>
        <translation>(for a group service give the total, e.g. summer cooling)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="139" />
        <source>服务时间</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="141" />
        <source>服务项目</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="142" />
        <source>提供队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="143" />
        <source>服务类别*</source>
        <translation>Category*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="144" />
        <source>服务人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="145" />
        <location filename="../../ui/dialogs/service_record_dialog.py" line="200" />
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="146" />
        <source>服务人数</source>
        <translation>People served</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="147" />
        <location filename="../../ui/dialogs/service_record_dialog.py" line="206" />
        <source>参与志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="148" />
        <source>勾选的志愿者按服务时间计入服务时长（半小时为单位，待确认）。</source>
        <translation>The ticked volunteers are credited the service time (in half hours, to be confirmed).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="151" />
        <source>服务地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="153" />
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="156" />
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/service_record_dialog.py" line="161" />
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
</context>
<context>
    <name>ServiceRecordsPage</name>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="39" />
        <source>全部来源</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="43" />
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="44" />
        <location filename="../../ui/pages/service_records_page.py" line="110" />
        <source>全部人员</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="45" />
        <source>按人员查看…</source>
        <translation>By person…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="47" />
        <source>显示全部人员</source>
        <translation>Show everyone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="50" />
        <source>登记服务…</source>
        <translation>Record a service…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="52" />
        <source>删除所选记录</source>
        <translation>Delete the chosen record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="61" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="62" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="63" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="64" />
        <source>服务</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="65" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="66" />
        <source>提供者</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="67" />
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="68" />
        <source>人数</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="69" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="70" />
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="81" />
        <location filename="../../ui/pages/service_records_page.py" line="83" />
        <source>服务记录</source>
        <translation>Service records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="86" />
        <source>探访和辅导课次在各自页面登记，这里一并列出（只读），不必重复登记。</source>
        <translation>Visits and tutoring sessions are recorded on their own pages and listed here read-only; do not enter them twice.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="110" />
        <source>{name} 的服务</source>
        <translation>Services of {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="116" />
        <source>查看谁的服务</source>
        <translation>Whose services</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="128" />
        <location filename="../../ui/pages/service_records_page.py" line="133" />
        <source>删除记录</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="128" />
        <source>探访和辅导课次请在“探访”或“辅导班”页修改或删除。</source>
        <translation>Change or delete visits and tutoring sessions on the Visits or Tutoring page.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_records_page.py" line="130" />
        <source>删除 {day} 的“{title}”服务记录？未确认的志愿服务时长一并删除。</source>
        <translation>Delete the record “{title}” of {day}? Unconfirmed volunteer hours go with it.</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../ui/pages/services_page.py" line="26" />
        <source>{a}-{b} 岁</source>
        <translation>aged {a}-{b}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="28" />
        <source>{a} 岁以上</source>
        <translation>aged {a} and over</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="30" />
        <source>{b} 岁以下</source>
        <translation>aged {b} and under</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="32" />
        <source>不限年龄</source>
        <translation>any age</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="43" />
        <source>服务清单</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="43" />
        <source>名称、内容或负责人员</source>
        <translation>Name, content or staff</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="47" />
        <source>全部对象</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="54" />
        <source>服务名称</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="55" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="56" />
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="56" />
        <location filename="../../ui/pages/services_page.py" line="80" />
        <source>全体居民</source>
        <translation>All residents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="57" />
        <source>提供方</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="58" />
        <source>服务时间</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="59" />
        <source>余量</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="60" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="61" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="76" />
        <source>类别：{c}　状态：{s}</source>
        <translation>Category: {c}　Status: {s}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="79" />
        <source>服务对象：{g}　条件：{a}</source>
        <translation>For: {g}　Eligibility: {a}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="82" />
        <source>其他条件：{e}</source>
        <translation>Other conditions: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="83" />
        <source>提供方：{p}　所属项目：{j}</source>
        <translation>Provider: {p}　Project: {j}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="84" />
        <source>服务时间：{t}　地点：{p}</source>
        <translation>When: {t}　Place: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="87" />
        <source>服务范围：{a}</source>
        <translation>Area served: {a}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="87" />
        <source>全站</source>
        <translation>Whole area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="88" />
        <source>容量：{c}　派单占用：{h}</source>
        <translation>Capacity: {c}　Held by dispatches: {h}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="89" />
        <source>不计</source>
        <translation>not counted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/services_page.py" line="91" />
        <source>服务内容：{d}</source>
        <translation>Content: {d}</translation>
    </message>
</context>
<context>
    <name>SessionTimeDialog</name>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="336" />
        <source>修改课次时间</source>
        <translation>Change session date and time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="344" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="345" />
        <source>开始时间</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="346" />
        <source>结束时间</source>
        <translation>Ends</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="26" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="32" />
        <source> 分钟</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="35" />
        <source>手机或带区号的座机，如 0755-12345678</source>
        <translation>A mobile or a landline with its area code, e.g. 0755-12345678</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="41" />
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="42" />
        <source>更改语言后，重新启动程序生效。</source>
        <translation>A new language takes effect when the program restarts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="43" />
        <source>无操作多久后锁定</source>
        <translation>Lock after this long idle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="44" />
        <source>本站电话</source>
        <translation>Station phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="45" />
        <source>打印在志愿服务证明上，供核验证明编号。</source>
        <translation>Printed on certificates of service hours, for verifying their number.</translation>
    </message>
</context>
<context>
    <name>ShiftEntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="18" />
        <source>补录服务记录</source>
        <translation>Record a shift afterwards</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="22" />
        <source>如 0930</source>
        <translation>e.g. 0930</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="23" />
        <source>如 1130</source>
        <translation>e.g. 1130</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="27" />
        <source>志愿者*</source>
        <translation>Volunteer*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="28" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="29" />
        <source>签到时间*</source>
        <translation>Signed in*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="30" />
        <source>签退时间*</source>
        <translation>Signed out*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="31" />
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_entry_dialog.py" line="32" />
        <source>服务内容</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>SigninDialog</name>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="366" />
        <source>打印签到表</source>
        <translation>Print sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="372" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="373" />
        <source>空白行（临时参加）</source>
        <translation>Blank rows (walk-ins)</translation>
    </message>
</context>
<context>
    <name>StationSetupDialog</name>
    <message>
        <location filename="../../ui/dialogs/station_setup_dialog.py" line="19" />
        <source>首次使用：设置站点</source>
        <translation>First use: set up the station</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_setup_dialog.py" line="21" />
        <source>如 ZQ-DZ-001（由市级系统分配）</source>
        <translation>e.g. ZQ-DZ-001 (assigned by the city)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_setup_dialog.py" line="23" />
        <source>如 端州区城东街道社区服务站</source>
        <translation>e.g. 端州区城东街道社区服务站</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_setup_dialog.py" line="30" />
        <source>从 U 盘备份恢复…</source>
        <translation>Restore from a USB backup…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_setup_dialog.py" line="33" />
        <source>这是一个新的数据文件夹。请填写本站点的编码和名称。</source>
        <translation>This is a new data folder. Enter this station's code and name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_setup_dialog.py" line="34" />
        <source>换了新电脑？点“从 U 盘备份恢复…”，取回本站的数据和同步密钥。</source>
        <translation>A new PC? Click “Restore from a USB backup…” to bring back the station's data and sync keys.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_setup_dialog.py" line="35" />
        <source>站点编码</source>
        <translation>Station code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_setup_dialog.py" line="36" />
        <source>站点名称</source>
        <translation>Station name</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="49" />
        <source>导出统计报表</source>
        <translation>Export the statistics report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="137" />
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="83" />
        <source>分类</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="84" />
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="85" />
        <location filename="../../ui/pages/statistics_page.py" line="107" />
        <source>数量</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="86" />
        <location filename="../../ui/pages/statistics_page.py" line="108" />
        <source>上期</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="87" />
        <source>环比</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="88" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="106" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="125" />
        <source>分类查看</source>
        <translation>Break down by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="142" />
        <source>双击一项指标或一个分类，查看其中的记录。</source>
        <translation>Double-click a figure or a category to see its records.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="163" />
        <source>{title}（{start} 至 {end}），上期 {previous}</source>
        <translation>{title} ({start} to {end}); previous period {previous}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="180" />
        <source>口径：{text}</source>
        <translation>Counts: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="199" />
        <source>{name}（{unit}）近 {n} 个月</source>
        <translation>{name} ({unit}), last {n} months</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="220" />
        <source>（此指标不分类）</source>
        <translation>(this figure has no breakdown)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="260" />
        <source>{name}：{period}的记录</source>
        <translation>{name}: records of {period}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="280" />
        <source>{name}（{category}）：{period}的记录</source>
        <translation>{name} ({category}): records of {period}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="294" />
        <source>正在生成统计报表…</source>
        <translation>Making the statistics report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="297" />
        <source>统计报表</source>
        <translation>Statistics report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="305" />
        <source>统计报表-{code}-{period}.xlsx</source>
        <translation>statistics-{code}-{period}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="312" />
        <source>正在导出统计报表…</source>
        <translation>Exporting the statistics report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="317" />
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics_page.py" line="317" />
        <source>统计报表已保存到 {path}</source>
        <translation>The statistics report was saved to {path}</translation>
    </message>
</context>
<context>
    <name>SyncFiles</name>
    <message>
        <location filename="../../ui/city_window.py" line="55" />
        <source>选择站点的同步包</source>
        <translation>Choose station bundles</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="57" />
        <location filename="../../ui/pages/sync_page.py" line="50" />
        <source>同步包 (*.sdbundle);;所有文件 (*)</source>
        <translation>Sync bundles (*.sdbundle);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="64" />
        <location filename="../../ui/pages/sync_page.py" line="57" />
        <source>选择导出到的文件夹（如 U 盘）</source>
        <translation>Choose the folder to export to (e.g. a USB drive)</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="72" />
        <source>保存登记文件</source>
        <translation>Save enrolment file</translation>
    </message>
    <message>
        <location filename="../../ui/city_window.py" line="74" />
        <source>登记文件 (*.json)</source>
        <translation>Enrolment files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="38" />
        <source>选择市级平台的登记文件</source>
        <translation>Choose the city hub's enrolment file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="40" />
        <source>登记文件 (*.json);;所有文件 (*)</source>
        <translation>Enrolment files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="48" />
        <source>选择市级平台发回的同步包</source>
        <translation>Choose the bundle the city sent back</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="67" />
        <source>数据同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="70" />
        <source>与市级平台的同步</source>
        <translation>Sync with the city hub</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="77" />
        <location filename="../../ui/pages/sync_page.py" line="107" />
        <location filename="../../ui/pages/sync_page.py" line="171" />
        <source>市级平台</source>
        <translation>City hub</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="78" />
        <source>上次导出</source>
        <translation>Last export</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="79" />
        <source>上次导入</source>
        <translation>Last import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="80" />
        <source>待发送</source>
        <translation>Waiting to go</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="84" />
        <source>导出同步包</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="86" />
        <source>导入市级同步包…</source>
        <translation>Import the city's bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="88" />
        <source>登记到市级平台…</source>
        <translation>Enrol with the city hub…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="90" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="93" />
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="100" />
        <source>密钥指纹（请与市级平台电话核对）</source>
        <translation>Key fingerprints (compare with the city hub by phone)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="108" />
        <source>本站</source>
        <translation>This station</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="110" />
        <source>密钥指纹是两端密钥的简短摘要。登记后打电话给市级平台，双方把指纹逐段念一遍：一致，说明登记文件没有被调换，以后的同步包只有对方能打开。</source>
        <translation>A key fingerprint is a short summary of each side's key. After enrolling, phone the city platform and read the fingerprints to each other group by group: if they match, the enrolment file was not swapped, and from then on only the other side can open the sync bundles.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="120" />
        <source>最近一次导入报告</source>
        <translation>Latest import report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="125" />
        <source>冲突（两端都改过的记录）</source>
        <translation>Conflicts (records changed at both ends)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="155" />
        <source>从未</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="159" />
        <source>尚未登记。请向市社会工作部门索取登记文件，然后点“登记到市级平台…”。</source>
        <translation>Not enrolled yet. Ask the city's social work department for an enrolment file, then click “Enrol with the city hub…”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="164" />
        <source>{n} 条记录</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="171" />
        <source>本站导入时</source>
        <translation>This station's import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="197" />
        <source>登记需要市级平台为本站生成的登记文件：文件名形如“{code}-登记.json”，由市社会工作部门在市级平台点“登记新站点”生成，一般用 U 盘当面交给您。文件里是市级平台的公钥和一次性令牌，只能用一次。

现在选择这个文件吗？</source>
        <translation>Enrolling needs the enrolment file the city platform made for this station: a file named like "{code}-登记.json", made by the city's social work department with "Enrol a new station" on the city platform and usually handed to you in person on a USB stick. It holds the city platform's public keys and a one-time token, and works only once.

Choose this file now?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="201" />
        <source>登记到市级平台</source>
        <translation>Enrol with the city platform</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="211" />
        <source>登记完成</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="213" />
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
        <location filename="../../ui/pages/sync_page.py" line="230" />
        <source>正在导出同步包…</source>
        <translation>Exporting the bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="237" />
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="238" />
        <source>已写入并回读校验：
{path}
共 {n} 条记录。请把 U 盘交给市社会工作部门。</source>
        <translation>Written and verified by reading back:
{path}
{n} records in all. Take the USB drive to the city's social work department.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="254" />
        <source>正在检查并导入同步包…</source>
        <translation>Checking and importing the bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="259" />
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="275" />
        <source>签名 {s}
加密 {e}</source>
        <translation>signing {s}
encryption {e}</translation>
    </message>
</context>
<context>
    <name>SyncWidgets</name>
    <message>
        <location filename="../../ui/sync_widgets.py" line="49" />
        <source>可用</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="82" />
        <source>表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="83" />
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="84" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="86" />
        <source>保留的值来自</source>
        <translation>Kept value from</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="87" />
        <source>另一方</source>
        <translation>Other side</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="89" />
        <source>不同的字段</source>
        <translation>Fields that differ</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="75" />
        <source>双方都修改</source>
        <translation>Changed at both ends</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="61" />
        <source>U 盘：</source>
        <translation>USB drive: </translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="62" />
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="76" />
        <source>修改与删除冲突</source>
        <translation>Edit against delete</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="78" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="85" />
        <source>判定于</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="116" />
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="117" />
        <source>当前保留的值</source>
        <translation>Value kept now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="118" />
        <source>另一方的值</source>
        <translation>Other side's value</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="125" />
        <source>保留当前值</source>
        <translation>Keep current value</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="126" />
        <source>改用另一方的值</source>
        <translation>Use the other value</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="138" />
        <source>两端都改过同一条记录时，程序先按最后修改的保留一份，另一方的值也存着，由您决定。“判定于”：哪一次导入发现了这次冲突；“保留的值来自”：现在记录里的值是哪一方写的；“另一方”：没有被采用的值是哪一方写的。</source>
        <translation>When both sides changed the same record, the program keeps the latest change for now and stores the other side's values too; you decide. "Found at": the import that found the conflict. "Kept values from": who wrote the values the record holds now. "Other side": who wrote the values not taken.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="237" />
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="239" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/sync_widgets.py" line="241" />
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="158" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="165" />
        <source>从全部志愿者中选择…</source>
        <translation>Choose from all volunteers…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="173" />
        <source>队伍名称*</source>
        <translation>Team name*</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="174" />
        <source>队长</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="175" />
        <source>服务区域</source>
        <translation>Service area</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="176" />
        <source>简介</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="177" />
        <source>队长须是已登记的志愿者；不是队员的会自动加入本队。</source>
        <translation>The leader must be a registered volunteer; one who is not a member joins the team.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="183" />
        <source>选择队长</source>
        <translation>Choose the leader</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/volunteer_dialogs.py" line="193" />
        <source>队伍名称</source>
        <translation>team name</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="29" />
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="30" />
        <source>队长</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="31" />
        <source>服务区域</source>
        <translation>Service area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="32" />
        <location filename="../../ui/pages/teams_page.py" line="68" />
        <source>队员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="33" />
        <location filename="../../ui/pages/teams_page.py" line="38" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="39" />
        <location filename="../../ui/pages/teams_page.py" line="138" />
        <source>承办队伍</source>
        <translation>Team in charge</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="40" />
        <source>活动场次</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="41" />
        <location filename="../../ui/pages/teams_page.py" line="143" />
        <source>简介</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="46" />
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="47" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="48" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="49" />
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="50" />
        <source>本年时长</source>
        <translation>Hours this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="55" />
        <source>新建队伍…</source>
        <translation>New team…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="57" />
        <source>编辑队伍…</source>
        <translation>Edit team…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="59" />
        <source>新建项目…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="61" />
        <source>编辑项目…</source>
        <translation>Edit project…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="63" />
        <source>加入队员…</source>
        <translation>Add members…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="66" />
        <location filename="../../ui/pages/teams_page.py" line="180" />
        <source>移出队伍</source>
        <translation>Remove from team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="76" />
        <source>志愿服务队伍</source>
        <translation>Volunteer teams</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="83" />
        <source>志愿服务项目</source>
        <translation>Volunteer projects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="94" />
        <source>队伍与项目</source>
        <translation>Teams and projects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="117" />
        <source>队员：{team}（{n} 人）</source>
        <translation>Members: {team} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="121" />
        <source>新建队伍</source>
        <translation>New team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="126" />
        <source>编辑队伍</source>
        <translation>Edit team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="126" />
        <source>请先选择一支队伍。</source>
        <translation>Please select a team first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="131" />
        <source>编辑队伍：{team}</source>
        <translation>Edit team: {team}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="135" />
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="140" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="150" />
        <source>新建项目</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="158" />
        <source>编辑项目</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="158" />
        <source>请先选择一个项目。</source>
        <translation>Please select a project first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="163" />
        <source>编辑项目：{name}</source>
        <translation>Edit project: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams_page.py" line="180" />
        <source>将 {name} 移出“{team}”？</source>
        <translation>Remove {name} from “{team}”?</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="196" />
        <source>生成学期课次</source>
        <translation>Generate term sessions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="201" />
        <source>不上课的日期，用逗号或换行分隔；连续几天写成
2026-10-01~2026-10-07</source>
        <translation>Days without class, separated by commas or new lines; write a run of days as
2026-10-01~2026-10-07</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="205" />
        <source>按每周上课时间（{schedule}）生成课次；已有的课次不会重复生成。</source>
        <translation>Sessions are generated from the weekly times ({schedule}); existing sessions are not duplicated.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="206" />
        <source>未设置</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="210" />
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="211" />
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tutoring_dialogs.py" line="212" />
        <source>节假日（不上课）</source>
        <translation>Holidays (no class)</translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="69" />
        <source>第 {row} 行 {name}：{problem}</source>
        <translation>Row {row} {name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="117" />
        <source>录入签到表：{name}</source>
        <translation>Enter sign-in sheet: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="122" />
        <source>{name}　{day} {start}-{end}　{place}</source>
        <translation>{name}   {day} {start}-{end}   {place}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="132" />
        <source>照纸质签到表输入时间：0930 即 09:30，回车跳到下一格；方向键移动；空行表示未到。Ctrl+S 保存。</source>
        <translation>Type the times from the paper sheet: 0930 means 09:30, Enter goes to the next cell, arrow keys move, an empty row means absent. Ctrl+S saves.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="138" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="139" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="140" />
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="141" />
        <source>签到时间</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="142" />
        <source>签退时间</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="143" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="155" />
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="155" />
        <source>服务对象</source>
        <translation>Service users</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="173" />
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="175" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/time_entry_dialog.py" line="212" />
        <source>共 {total} 人，已到 {came} 人</source>
        <translation>{total} people, {came} present</translation>
    </message>
</context>
<context>
    <name>TutoringPage</name>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="66" />
        <source>新建班级…</source>
        <translation>New class…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="71" />
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="72" />
        <location filename="../../ui/pages/tutoring_page.py" line="132" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="71" />
        <source>（已结束）</source>
        <translation> (ended)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="73" />
        <source>人数</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="74" />
        <location filename="../../ui/pages/tutoring_page.py" line="156" />
        <location filename="../../ui/pages/tutoring_page.py" line="348" />
        <source>课次</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="88" />
        <source>编辑班级…</source>
        <translation>Edit class…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="89" />
        <source>报名儿童…</source>
        <translation>Enrol…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="90" />
        <source>批量报名…</source>
        <translation>Enrol many…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="91" />
        <location filename="../../ui/pages/tutoring_page.py" line="310" />
        <source>退班</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="92" />
        <source>生成学期课次…</source>
        <translation>Term sessions…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="93" />
        <source>添加小组活动…</source>
        <translation>Group activity…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="94" />
        <source>录入考勤</source>
        <translation>Take attendance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="95" />
        <source>打印签到表…</source>
        <translation>Print sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="96" />
        <source>月度考勤汇总…</source>
        <translation>Monthly summary…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="97" />
        <source>结班…</source>
        <translation>Close class…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="116" />
        <source>儿童（化名）</source>
        <translation>Child (alias)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="117" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="118" />
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="119" />
        <source>报名日期</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="120" />
        <location filename="../../ui/pages/tutoring_page.py" line="134" />
        <source>已记录</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="121" />
        <location filename="../../ui/pages/tutoring_page.py" line="135" />
        <source>出勤</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="122" />
        <source>出勤率</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="129" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="130" />
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="131" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="133" />
        <source>科目</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="140" />
        <source>修改课次时间…</source>
        <translation>Change date/time…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="142" />
        <location filename="../../ui/pages/tutoring_page.py" line="363" />
        <source>取消课次</source>
        <translation>Cancel session</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="155" />
        <source>儿童</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="163" />
        <source>辅导班</source>
        <translation>Tutoring classes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="184" />
        <source>还没有辅导班。点“新建班级…”开始。</source>
        <translation>No tutoring classes yet. Click “New class…” to start.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="204" />
        <source>{a} 至 {b}</source>
        <translation>{a} to {b}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="205" />
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="211" />
        <source>科目：{subjects}　学期：{term}　地点：{place}&lt;br&gt;每周：{schedule}&lt;br&gt;辅导员：{tutors}　已报名 {enrolled} 人 / 容量 {capacity}　课次 {sessions}</source>
        <translation>Subjects: {subjects}&amp;nbsp;&amp;nbsp;&amp;nbsp;Term: {term}&amp;nbsp;&amp;nbsp;&amp;nbsp;Place: {place}&lt;br&gt;Weekly: {schedule}&lt;br&gt;Tutors: {tutors}&amp;nbsp;&amp;nbsp;&amp;nbsp;Enrolled: {enrolled} / {capacity}&amp;nbsp;&amp;nbsp;&amp;nbsp;Sessions: {sessions}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="266" />
        <source>报名儿童</source>
        <translation>Enrol children</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="269" />
        <source>报名前须已登记监护人书面同意；还没有同意的儿童，报名时可以当场登记监护人和同意。</source>
        <translation>A guardian's written consent must be on record before enrolment; for a child without it, the guardian and the consent can be recorded on the spot while enrolling.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="283" />
        <source>批量报名：{name}</source>
        <translation>Enrol many: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="286" />
        <source>只能报名已登记监护人同意的儿童；有一人不符合时全部不报名，并列出原因。</source>
        <translation>Only children with a guardian's consent on record can be enrolled; if anyone does not qualify, nobody is enrolled and the reasons are listed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="291" />
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="294" />
        <source>现在登记监护人和同意，然后报名吗？</source>
        <translation>Record the guardian and the consent now, then enrol?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="295" />
        <source>缺少监护人同意</source>
        <translation>Guardian consent missing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="311" />
        <source>让 {name} 从“{cls}”退班？已记录的考勤会保留。</source>
        <translation>Withdraw {name} from “{cls}”? Attendance already recorded is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="327" />
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="330" />
        <source>生成学期课次</source>
        <translation>Generate term sessions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="331" />
        <source>新生成 {created} 个课次，已有 {existing} 个未重复生成。
跳过的节假日：{skipped}</source>
        <translation>{created} sessions generated; {existing} already existed and were not repeated.
Holidays skipped: {skipped}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="348" />
        <source>请先在“课次”列表中选中一个课次。</source>
        <translation>Select a session in the Sessions list first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="364" />
        <source>取消 {day} {time} 的课次？</source>
        <translation>Cancel the session of {day} {time}?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="374" />
        <source>今天（{day}）结束“{name}”？仍在班的 {n} 名儿童将于今天退班，今天以后未记录考勤的课次将取消；已有的课次、考勤和报名记录都会保留。</source>
        <translation>End “{name}” today ({day})? The {n} children still enrolled leave today and later sessions with no attendance are cancelled; sessions held, attendance and enrolments are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="377" />
        <source>结班</source>
        <translation>Close class</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="412" />
        <source>正在生成签到表…</source>
        <translation>Building the sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="417" />
        <source>签到表</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="429" />
        <source>正在生成月度考勤汇总…</source>
        <translation>Building the monthly attendance summary…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tutoring_page.py" line="433" />
        <source>月度考勤汇总</source>
        <translation>Monthly attendance</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/widgets/undo_bar.py" line="18" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="22" />
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="24" />
        <source>{n} 离开后窗口已锁定。请输入密码解锁，或切换用户。</source>
        <translation>The window locked while {n} was away. Enter the password to unlock, or switch user.</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="28" />
        <source>切换用户…</source>
        <translation>Switch user…</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../ui/dialogs/user_guide_dialog.py" line="17" />
        <source>StationDesk 用户指南</source>
        <translation>StationDesk user guide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_guide_dialog.py" line="23" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>能力完好</source>
        <translation>Intact</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>轻度失能</source>
        <translation>Mildly impaired</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <source>中度失能</source>
        <translation>Moderately impaired</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>重度失能</source>
        <translation>Severely impaired</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24" />
        <source>完全失能</source>
        <translation>Completely impaired</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>高风险</source>
        <translation>High risk</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>重点</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <location filename="../../ui/list_labels.py" line="26" />
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>上门走访</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>电话问候</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>到站服务</source>
        <translation>Service at the station</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>委托探访</source>
        <translation>Visit by proxy</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <location filename="../../ui/list_labels.py" line="35" />
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <location filename="../../ui/list_labels.py" line="37" />
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <location filename="../../ui/list_labels.py" line="39" />
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>首次</source>
        <translation>First</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>常规</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>即时</source>
        <translation>Immediate</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>复评</source>
        <translation>Re-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67" />
        <source>出勤</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68" />
        <source>缺勤</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71" />
        <source>早退</source>
        <translation>Left early</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78" />
        <source>一对一</source>
        <translation>One-to-one</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79" />
        <source>小组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80" />
        <source>暑托班</source>
        <translation>Summer day camp</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81" />
        <source>寒托班</source>
        <translation>Winter day camp</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88" />
        <location filename="../../ui/list_labels.py" line="112" />
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89" />
        <location filename="../../ui/list_labels.py" line="113" />
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90" />
        <location filename="../../ui/list_labels.py" line="114" />
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91" />
        <location filename="../../ui/list_labels.py" line="115" />
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92" />
        <location filename="../../ui/list_labels.py" line="116" />
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93" />
        <location filename="../../ui/list_labels.py" line="117" />
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94" />
        <location filename="../../ui/list_labels.py" line="118" />
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99" />
        <location filename="../../ui/list_labels.py" line="88" />
        <source>辅导</source>
        <translation>Tutoring</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99" />
        <source>小组活动</source>
        <translation>Group activity</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104" />
        <source>在册</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105" />
        <location filename="../../ui/list_labels.py" line="50" />
        <source>暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106" />
        <source>退出</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113" />
        <source>助老服务</source>
        <translation>Help for elders</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114" />
        <source>关爱儿童</source>
        <translation>Care for children</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115" />
        <source>文体活动</source>
        <translation>Culture and sports</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116" />
        <source>环境整治</source>
        <translation>Neighbourhood clean-up</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117" />
        <source>便民服务</source>
        <translation>Services for residents</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118" />
        <source>宣传教育</source>
        <translation>Public education</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119" />
        <location filename="../../ui/list_labels.py" line="104" />
        <source>应急救援</source>
        <translation>Emergency rescue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123" />
        <source>已到</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123" />
        <source>未到</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125" />
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125" />
        <source>待确认</source>
        <translation>Unconfirmed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="17" />
        <source>待受理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="18" />
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="19" />
        <source>已派单</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="20" />
        <source>服务中</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="21" />
        <location filename="../../ui/list_labels.py" line="74" />
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="22" />
        <source>已评价</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="23" />
        <source>不予受理</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="24" />
        <source>已撤销</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="26" />
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="28" />
        <source>入户走访</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="29" />
        <source>居民反馈</source>
        <translation>Resident feedback</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="30" />
        <source>座谈研讨</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="31" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="32" />
        <location filename="../../ui/list_labels.py" line="70" />
        <location filename="../../ui/list_labels.py" line="107" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="36" />
        <source>比较满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="38" />
        <source>不太满意</source>
        <translation>Not quite satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="42" />
        <source>老年人</source>
        <translation>Elders</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="43" />
        <source>儿童</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="44" />
        <source>新就业群体</source>
        <translation>New-employment workers</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="45" />
        <source>困难群众</source>
        <translation>People in difficulty</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="46" />
        <source>残疾人</source>
        <translation>Disabled people</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="49" />
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="51" />
        <source>已终止</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="54" />
        <source>驻镇帮扶工作队</source>
        <translation>Township assistance team</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="55" />
        <source>结对共建单位</source>
        <translation>Paired unit</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="56" />
        <source>高校</source>
        <translation>University</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="57" />
        <source>社会工作服务机构</source>
        <translation>Social work agency</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="58" />
        <source>民政/公安/工青妇</source>
        <translation>Civil affairs / police / mass organisations</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="59" />
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="60" />
        <source>个人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="61" />
        <source>党群服务中心/驿站</source>
        <translation>Party-service centre / station</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="62" />
        <source>本站志愿服务队</source>
        <translation>Our volunteer team</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="65" />
        <source>场地/阵地</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="66" />
        <source>物资</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="67" />
        <source>资金</source>
        <translation>Funds</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="68" />
        <source>专业人员</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="69" />
        <source>志愿服务队</source>
        <translation>Volunteer team</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="73" />
        <source>进行中</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="75" />
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="79" />
        <source>服务</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="80" />
        <source>资源</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="81" />
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="82" />
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="86" />
        <source>服务记录</source>
        <translation>Service records</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="87" />
        <source>探访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="94" />
        <source>生活照料</source>
        <translation>Daily care</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="95" />
        <source>助餐</source>
        <translation>Meals</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="96" />
        <source>助医</source>
        <translation>Medical help</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="97" />
        <source>健康监测</source>
        <translation>Health checks</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="98" />
        <source>精神慰藉</source>
        <translation>Companionship</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="99" />
        <source>心理疏导</source>
        <translation>Psychological support</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="100" />
        <source>课业辅导</source>
        <translation>Tutoring</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="101" />
        <source>法律援助</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="102" />
        <source>矛盾纠纷调解</source>
        <translation>Dispute mediation</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="103" />
        <source>就业帮扶</source>
        <translation>Employment help</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="105" />
        <source>政策咨询</source>
        <translation>Policy advice</translation>
    </message>
    <message>
        <location filename="../../ui/list_labels.py" line="106" />
        <source>维修</source>
        <translation>Repairs</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="122" />
        <source>登记探访</source>
        <translation>Record a visit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="122" />
        <source>修改探访记录</source>
        <translation>Edit visit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="134" />
        <source>居住情况：同住人员、居室环境、照料情况</source>
        <translation>Living situation: who lives there, the home, the care given</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="138" />
        <source>其他健康观察</source>
        <translation>Other health observations</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="142" />
        <source>添加探访人…</source>
        <translation>Add visitor…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="144" />
        <location filename="../../ui/dialogs/visit_dialog.py" line="189" />
        <source>发现的需求</source>
        <translation>Needs found</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="147" />
        <source>需要跟进的事项（可不填）</source>
        <translation>Follow-up action (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="153" />
        <source>发现老人能力有明显变化（需即时评估）</source>
        <translation>The elder's abilities changed noticeably (reassess now)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="160" />
        <source>从</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="162" />
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="169" />
        <source>血压</source>
        <translation>Blood pressure</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="171" />
        <source>血糖</source>
        <translation>Blood glucose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="176" />
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="179" />
        <source>老人</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="180" />
        <source>时间与方式</source>
        <translation>Time and kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="184" />
        <source>探访人</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="185" />
        <source>居住情况</source>
        <translation>Living situation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="186" />
        <source>健康观察</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="187" />
        <source>发现的风险</source>
        <translation>Risks found</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="188" />
        <source>提供的服务</source>
        <translation>Services given</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="191" />
        <source>跟进事项</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="192" />
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="193" />
        <source>填写记录的工作人员姓名</source>
        <translation>Name of the staff member writing the record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="194" />
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="197" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="198" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="209" />
        <source>{name}（我）</source>
        <translation>{name} (me)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="250" />
        <source>添加探访人</source>
        <translation>Add visitor</translation>
    </message>
</context>
<context>
    <name>VisitRulesDialog</name>
    <message>
        <location filename="../../ui/dialogs/visit_rules_dialog.py" line="14" />
        <source>探访频率设置</source>
        <translation>Visit frequency</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_rules_dialog.py" line="16" />
        <source>每位老人按风险分层确定探访间隔（天）。</source>
        <translation>Days between visits for each risk tier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_rules_dialog.py" line="19" />
        <source> 天</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="42" />
        <source>确定删除 {on} 对 {name} 的探访记录吗？删除后可以立即撤销。</source>
        <translation>Delete the visit to {name} on {on}? You can undo it right after.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="45" />
        <source>删除探访记录</source>
        <translation>Delete visit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="51" />
        <source>已删除 {on} 对 {name} 的探访记录</source>
        <translation>Deleted the visit to {name} on {on}</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="87" />
        <location filename="../../ui/pages/visits_page.py" line="116" />
        <source>探访记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="88" />
        <source>按老人姓名、拼音查找</source>
        <translation>Find by elder's name or pinyin</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="89" />
        <source>登记探访…</source>
        <translation>Record a visit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="92" />
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="92" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="97" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="98" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="99" />
        <source>老人</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="100" />
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="101" />
        <source>探访人</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="102" />
        <source>服务</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="103" />
        <source>风险</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="104" />
        <source>需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="105" />
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="106" />
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits_page.py" line="122" />
        <source>双击一行打开该老人的档案。</source>
        <translation>Double-click a row to open the elder's record.</translation>
    </message>
</context>
<context>
    <name>VolunteerPicker</name>
    <message>
        <location filename="../../ui/elder_picker.py" line="127" />
        <source>输入姓名、拼音首字母或志愿者编号（如 V00001）</source>
        <translation>Type a name, pinyin initials or volunteer number (e.g. V00001)</translation>
    </message>
    <message>
        <location filename="../../ui/elder_picker.py" line="127" />
        <source>请选择志愿者</source>
        <translation>Choose a volunteer</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="63" />
        <source>姓名、拼音首字母、手机号后四位或志愿者编号</source>
        <translation>Name, initials, mobile or volunteer no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="66" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="70" />
        <source>登记志愿者</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="72" />
        <source>导入名册…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="74" />
        <source>导出 Excel</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="76" />
        <source>志愿者名单</source>
        <translation>Volunteer list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="77" />
        <source>本年服务记录</source>
        <translation>Service records this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="78" />
        <source>本年时长汇总</source>
        <translation>Hours this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="84" />
        <source>为他们登记…</source>
        <translation>Register them…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="97" />
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="98" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="99" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="100" />
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="101" />
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="102" />
        <location filename="../../ui/pages/volunteers_page.py" line="148" />
        <location filename="../../ui/pages/volunteers_page.py" line="174" />
        <location filename="../../ui/pages/volunteers_page.py" line="443" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="103" />
        <source>本年时长</source>
        <translation>Hours this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="104" />
        <source>技能</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="117" />
        <location filename="../../ui/pages/volunteers_page.py" line="119" />
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="127" />
        <source>请在左侧选择一名志愿者</source>
        <translation>Choose a volunteer on the left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="144" />
        <location filename="../../ui/pages/volunteers_page.py" line="155" />
        <location filename="../../ui/pages/volunteers_page.py" line="162" />
        <location filename="../../ui/pages/volunteers_page.py" line="410" />
        <location filename="../../ui/pages/volunteers_page.py" line="426" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="145" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="146" />
        <source>活动 / 内容</source>
        <translation>Activity / work</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="147" />
        <source>计入（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="149" />
        <source>更正原因</source>
        <translation>Correction reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="156" />
        <location filename="../../ui/pages/volunteers_page.py" line="409" />
        <source>课程</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="157" />
        <location filename="../../ui/pages/volunteers_page.py" line="411" />
        <source>学时（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="163" />
        <location filename="../../ui/pages/volunteers_page.py" line="183" />
        <source>表彰</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="164" />
        <location filename="../../ui/pages/volunteers_page.py" line="427" />
        <source>授予单位</source>
        <translation>Awarded by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="169" />
        <source>证明编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="170" />
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="170" />
        <source>{a} 至 {b}</source>
        <translation>{a} to {b}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="171" />
        <source>时长（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="172" />
        <source>出具日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="173" />
        <source>打印次数</source>
        <translation>Times printed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="174" />
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="175" />
        <source>作废日期与原因</source>
        <translation>Voided on, why</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="181" />
        <source>服务记录</source>
        <translation>Service records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="182" />
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="186" />
        <source>已出具证明</source>
        <translation>Certificates issued</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="187" />
        <source>出具服务证明…</source>
        <translation>Issue certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="190" />
        <source>添加培训…</source>
        <translation>Add training…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="192" />
        <source>添加表彰…</source>
        <translation>Add award…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="194" />
        <source>修改状态与技能…</source>
        <translation>Status and skills…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="229" />
        <source>{n} 位已标记为志愿者但尚未登记</source>
        <translation>{n} marked as volunteers but not registered yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="239" />
        <source>共 {total} 名，已显示 {shown} 名</source>
        <translation>{shown} of {total} shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="267" />
        <source>性别：{g}　年龄：{a}　手机：{p}</source>
        <translation>Gender: {g}   Age: {a}   Mobile: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="270" />
        <source>证件：{t} {n}</source>
        <translation>ID: {t} {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="270" />
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="271" />
        <source>登记日期：{d}　所属队伍：{teams}</source>
        <translation>Registered: {d}   Teams: {teams}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="274" />
        <source>技能特长：{s}　服务时间：{a}</source>
        <translation>Skills: {s}   Available: {a}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="279" />
        <source>未成年志愿者：已登记监护人同意</source>
        <translation>Minor volunteer: guardian consent on record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="282" />
        <source>累计已确认 {total} 小时　本年 {year} 小时　待确认 {pending} 小时</source>
        <translation>Confirmed in total: {total} h   This year: {year} h   Unconfirmed: {pending} h</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="290" />
        <source>{m}月
{h}</source>
        <translation>M{m}
{h}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="313" />
        <source>已导入 {n} 名志愿者。</source>
        <translation>{n} volunteers imported.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="315" />
        <source>跳过 {n} 行有错误的数据。</source>
        <translation>{n} rows with errors skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="317" />
        <source>新建队伍：{t}。</source>
        <translation>New teams: {t}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="318" />
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="323" />
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="329" />
        <source>志愿者名单.xlsx</source>
        <translation>volunteers.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="330" />
        <source>服务记录.xlsx</source>
        <translation>service-records.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="331" />
        <source>服务时长汇总.xlsx</source>
        <translation>service-hours.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="345" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="349" />
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="349" />
        <source>已导出 {n} 行到 {path}</source>
        <translation>{n} rows exported to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="360" />
        <source>志愿服务证明</source>
        <translation>Volunteer service certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="367" />
        <source>作废所选证明…</source>
        <translation>Void the chosen certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="174" />
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="395" />
        <source>作废证明 {serial}</source>
        <translation>Void certificate {serial}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="396" />
        <source>作废原因（如：时长计算有误，已重新出具）</source>
        <translation>Reason (e.g. hours counted wrongly, issued again)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="407" />
        <source>添加培训记录</source>
        <translation>Add training record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="423" />
        <source>添加表彰</source>
        <translation>Add award</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="425" />
        <source>表彰名称</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="439" />
        <source>修改志愿者：{name}</source>
        <translation>Edit volunteer: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="450" />
        <source>技能特长（用顿号分隔）</source>
        <translation>Skills (separate with 、)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="451" />
        <source>服务时间</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_page.py" line="452" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>WorkdayHomeSection</name>
    <message>
        <location filename="../../ui/workday_home_section.py" line="29" />
        <source>新站点的第一步</source>
        <translation>First steps of a new station</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="35" />
        <source>① 登记人员：在“人员档案”中添加老人、儿童、监护人和志愿者</source>
        <translation>① Register people: add elders, children, guardians and volunteers in “People”</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="40" />
        <source>② 向市级平台登记本站：在“数据同步”中选择市级发来的登记文件</source>
        <translation>② Enrol the station with the city: choose the enrolment file from the city in “Sync”</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="43" />
        <source>③ 导入志愿者名册：在“志愿者”中从 Excel 导入</source>
        <translation>③ Import the volunteer roster: from Excel, in “Volunteers”</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="56" />
        <source>今日安排</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="59" />
        <source>到期复评</source>
        <translation>Reassessments due</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="63" />
        <source>去同步…</source>
        <translation>Go to sync…</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="101" />
        <source>{time} 辅导班：{name}　{place}</source>
        <translation>{time} class: {name}  {place}</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="103" />
        <source>{time} 活动：{name}　{place}</source>
        <translation>{time} activity: {name}  {place}</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="105" />
        <source>今天没有安排辅导班或活动。</source>
        <translation>No class or activity today.</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="106" />
        <source>今日安排（{day}）</source>
        <translation>Today ({day})</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="107" />
        <source>到期复评（{n} 位）</source>
        <translation>Reassessments due ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="110" />
        <source>上次评估 {day}</source>
        <translation>last assessed {day}</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="110" />
        <source>从未评估</source>
        <translation>never assessed</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="112" />
        <source>{name}　{address}　{when}</source>
        <translation>{name} ({address}): {when}</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="114" />
        <source>{name}　{when}</source>
        <translation>{name}: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="121" />
        <source>数据同步：本站尚未向市级平台登记。</source>
        <translation>Sync: this station is not enrolled with the city yet.</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="123" />
        <source>还没有导出过</source>
        <translation>never exported</translation>
    </message>
    <message>
        <location filename="../../ui/workday_home_section.py" line="125" />
        <source>数据同步：上次导出 {last}；{n} 条记录等待送往市级平台；{c} 处冲突待处理。</source>
        <translation>Sync: last export {last}; {n} records waiting to go to the city; {c} conflicts to settle.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>本站已有站长账号</source>
        <comment>accounts.admin_exists</comment>
        <translation>This station already has its administrator</translation>
    </message>
    <message>
        <source>站长角色必须保留“管理账号和角色”权限</source>
        <comment>accounts.admin_keeps_accounts</comment>
        <translation>The station head's role must keep the right to manage accounts and roles</translation>
    </message>
    <message>
        <source>不能停用自己正在使用的账号</source>
        <comment>accounts.cannot_disable_self</comment>
        <translation>You cannot disable the account you are using</translation>
    </message>
    <message>
        <source>账号 {login} 已停用，请找站长</source>
        <comment>accounts.disabled</comment>
        <translation>The account {login} is disabled; ask the station head</translation>
    </message>
    <message>
        <source>密码错误次数太多，账号已锁定，请 {minutes} 分钟后再试</source>
        <comment>accounts.locked</comment>
        <translation>Too many wrong passwords: the account is locked, try again in {minutes} minutes</translation>
    </message>
    <message>
        <source>登录名不能为空、不能有空格，最多 {max} 个字符</source>
        <comment>accounts.login_format</comment>
        <translation>The login name must not be empty or contain spaces, at most {max} characters</translation>
    </message>
    <message>
        <source>登录名 {login} 已被使用</source>
        <comment>accounts.login_taken</comment>
        <translation>The login name {login} is already taken</translation>
    </message>
    <message>
        <source>请填写姓名（最多 {max} 个字）</source>
        <comment>accounts.name_required</comment>
        <translation>Enter the name (at most {max} characters)</translation>
    </message>
    <message>
        <source>本站还没有账号：先运行 stationdesk init 设置站长密码</source>
        <comment>accounts.no_accounts</comment>
        <translation>This station has no accounts yet: run stationdesk init to set the administrator's password</translation>
    </message>
    <message>
        <source>密码至少 {min} 个字符</source>
        <comment>accounts.password_short</comment>
        <translation>The password needs at least {min} characters</translation>
    </message>
    <message>
        <source>没有这项权限：{value}</source>
        <comment>accounts.unknown_permission</comment>
        <translation>No such permission: {value}</translation>
    </message>
    <message>
        <source>没有这个角色：{role}</source>
        <comment>accounts.unknown_role</comment>
        <translation>No such role: {role}</translation>
    </message>
    <message>
        <source>登录名或密码不对</source>
        <comment>accounts.wrong_login</comment>
        <translation>Wrong login name or password</translation>
    </message>
    <message>
        <source>原密码不对</source>
        <comment>accounts.wrong_password</comment>
        <translation>The current password is wrong</translation>
    </message>
    <message>
        <source>恢复码不对</source>
        <comment>accounts.wrong_recovery_code</comment>
        <translation>The recovery code is wrong</translation>
    </message>
    <message>
        <source>{name} 已报名此活动。</source>
        <comment>activity.already_signed_up</comment>
        <translation>{name} has already signed up.</translation>
    </message>
    <message>
        <source>活动结束时间必须晚于开始时间。</source>
        <comment>activity.ends_before_start</comment>
        <translation>The activity must end after it starts.</translation>
    </message>
    <message>
        <source>活动名额已满（{capacity} 人）。</source>
        <comment>activity.full</comment>
        <translation>The activity is full ({capacity} places).</translation>
    </message>
    <message>
        <source>请填写活动名称。</source>
        <comment>activity.name_required</comment>
        <translation>Please enter the activity's name.</translation>
    </message>
    <message>
        <source>{name} 不是在册志愿者。</source>
        <comment>activity.not_volunteer</comment>
        <translation>{name} is not an active volunteer.</translation>
    </message>
    <message>
        <source>签到和签退时间都要填写，才能计算服务时长。</source>
        <comment>activity.sheet_missing_time</comment>
        <translation>Both sign-in and sign-out times are needed to count the hours.</translation>
    </message>
    <message>
        <source>第 {row} 行（{name}）：{problem}</source>
        <comment>activity.sheet_row</comment>
        <translation>Row {row} ({name}): {problem}</translation>
    </message>
    <message>
        <source>{n}栋</source>
        <comment>address.building</comment>
        <translation>Bldg {n}</translation>
    </message>
    <message>
        <source>{n}室</source>
        <comment>address.room</comment>
        <translation>Room {n}</translation>
    </message>
    <message>
        <source />
        <comment>address.separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{n}单元</source>
        <comment>address.unit</comment>
        <translation>Unit {n}</translation>
    </message>
    <message>
        <source>完成评估需要两名评估员签名。</source>
        <comment>assessment.assessors_required</comment>
        <translation>A finished assessment needs two assessors.</translation>
    </message>
    <message>
        <source>两名评估员不能是同一人。</source>
        <comment>assessment.assessors_same</comment>
        <translation>The two assessors must be different people.</translation>
    </message>
    <message>
        <source>评估日期不能晚于今天。</source>
        <comment>assessment.date_in_future</comment>
        <translation>The assessment date cannot be after today.</translation>
    </message>
    <message>
        <source>请填写评估日期。</source>
        <comment>assessment.date_required</comment>
        <translation>Please enter the assessment date.</translation>
    </message>
    <message>
        <source>该老人不在人员档案中，或已被删除。</source>
        <comment>assessment.elder_unknown</comment>
        <translation>This elder is not in the registry or was deleted.</translation>
    </message>
    <message>
        <source>该评估已完成，不能再修改；如情况变化，请新建一次评估。</source>
        <comment>assessment.final_locked</comment>
        <translation>This assessment is finished and cannot be changed; start a new one if things changed.</translation>
    </message>
    <message>
        <source>还有 {count} 项未评分（{items}），可以先保存为草稿。</source>
        <comment>assessment.incomplete</comment>
        <translation>{count} items have no score yet ({items}); save it as a draft for now.</translation>
    </message>
    <message>
        <source>草稿没有评估等级，不能打印报告；请先完成评估。</source>
        <comment>assessment.not_final</comment>
        <translation>A draft has no level and cannot be printed; finish it first.</translation>
    </message>
    <message>
        <source>请选择评估原因（首次、常规、即时、复评）。</source>
        <comment>assessment.reason_unknown</comment>
        <translation>Choose the reason (首次, 常规, 即时, 复评).</translation>
    </message>
    <message>
        <source>照护风险事件次数不能为负数。</source>
        <comment>assessment.risk_events_negative</comment>
        <translation>The number of care-risk events cannot be negative.</translation>
    </message>
    <message>
        <source>{item} 的得分必须是整数（现为 {value}）。</source>
        <comment>assessment.score_not_integer</comment>
        <translation>The score of {item} must be a whole number (got {value}).</translation>
    </message>
    <message>
        <source>{item} 的得分 {value} 不在 0 到 {max} 之间。</source>
        <comment>assessment.score_range</comment>
        <translation>The score {value} of {item} is not between 0 and {max}.</translation>
    </message>
    <message>
        <source>“{label}”不能超过 {max} 个字。</source>
        <comment>assessment.text_too_long</comment>
        <translation>“{label}” can have at most {max} characters.</translation>
    </message>
    <message>
        <source>总分 {total} 不在 0 到 {max} 之间。</source>
        <comment>assessment.total_range</comment>
        <translation>The total {total} is not between 0 and {max}.</translation>
    </message>
    <message>
        <source>评估项目 {item} 不存在。</source>
        <comment>assessment.unknown_item</comment>
        <translation>There is no assessment item {item}.</translation>
    </message>
    <message>
        <source>操作日志已被改动：第 {seq} 条记录与前一条对不上（共 {count} 条）</source>
        <comment>audit.chain_broken</comment>
        <translation>The audit log has been altered: entry {seq} does not follow from the one before ({count} entries)</translation>
    </message>
    <message>
        <source>操作日志完整：{count} 条记录，链头 {head}…</source>
        <comment>audit.chain_whole</comment>
        <translation>The audit log is whole: {count} entries, head {head}…</translation>
    </message>
    <message>
        <source>请填写表彰名称。</source>
        <comment>award.title_required</comment>
        <translation>Please enter the award.</translation>
    </message>
    <message>
        <source>磁盘已满，备份没有写成：{folder}。请腾出空间（或换一个 U 盘）后再试；原有数据和备份都没有改动。</source>
        <comment>backup.disk_full</comment>
        <translation>The disk is full, so the backup was not written: {folder}. Free some space (or use another USB stick) and try again; the data and the earlier backups are unchanged.</translation>
    </message>
    <message>
        <source>备份没有写成：{folder}（{reason}）。原有数据和备份都没有改动。</source>
        <comment>backup.failed</comment>
        <translation>The backup was not written: {folder} ({reason}). The data and the earlier backups are unchanged.</translation>
    </message>
    <message>
        <source>时间	原因	大小	人员	记录	文件</source>
        <comment>backup.list_header</comment>
        <translation>Time	Reason	Size	People	Records	File</translation>
    </message>
    <message>
        <source>还没有任何备份。</source>
        <comment>backup.none</comment>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <source>该文件不是 StationDesk 的备份：{path}</source>
        <comment>backup.not_a_backup</comment>
        <translation>This file is not a StationDesk backup: {path}</translation>
    </message>
    <message>
        <source>该文件不是 StationDesk 的 U 盘备份：{path}</source>
        <comment>backup.not_usb_backup</comment>
        <translation>This file is not a StationDesk USB backup: {path}</translation>
    </message>
    <message>
        <source>再输入一次密码：</source>
        <comment>backup.password_again</comment>
        <translation>Password again: </translation>
    </message>
    <message>
        <source>两次输入的密码不一样，请重新输入。</source>
        <comment>backup.password_mismatch</comment>
        <translation>The two passwords are not the same; please type them again.</translation>
    </message>
    <message>
        <source>需要 U 盘备份的密码：请在终端输入，或设置环境变量 STATIONDESK_BACKUP_PASSWORD。</source>
        <comment>backup.password_needed</comment>
        <translation>The USB backup password is needed: type it on a terminal, or set STATIONDESK_BACKUP_PASSWORD.</translation>
    </message>
    <message>
        <source>U 盘备份密码：</source>
        <comment>backup.password_prompt</comment>
        <translation>USB backup password: </translation>
    </message>
    <message>
        <source>密码至少要 {minimum} 个字符。请选一个只有本站知道、不会忘记的密码，并把它写下来另外保管。</source>
        <comment>backup.password_short</comment>
        <translation>The password needs at least {minimum} characters. Choose one only the station knows and will not forget, and keep it written down somewhere else.</translation>
    </message>
    <message>
        <source>自动</source>
        <comment>backup.reason.auto</comment>
        <translation>automatic</translation>
    </message>
    <message>
        <source>导入前</source>
        <comment>backup.reason.before-import</comment>
        <translation>before an import</translation>
    </message>
    <message>
        <source>恢复前</source>
        <comment>backup.reason.before-restore</comment>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>升级前</source>
        <comment>backup.reason.before-upgrade</comment>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>退出时</source>
        <comment>backup.reason.exit</comment>
        <translation>at exit</translation>
    </message>
    <message>
        <source>手动</source>
        <comment>backup.reason.manual</comment>
        <translation>by hand</translation>
    </message>
    <message>
        <source>已恢复 {station} 的数据：人员 {people} 人，记录 {records} 条，来自 {source}。</source>
        <comment>backup.restored</comment>
        <translation>Restored the data of {station}: {people} people, {records} records, from {source}.</translation>
    </message>
    <message>
        <source>本站的同步密钥也已恢复，可以继续与市级平台同步。</source>
        <comment>backup.restored_keys</comment>
        <translation>The station's sync keys were restored too; syncing with the city can carry on.</translation>
    </message>
    <message>
        <source>恢复前的数据已另存为：{path}</source>
        <comment>backup.safety_copy</comment>
        <translation>The data as it was before the restore is kept as: {path}</translation>
    </message>
    <message>
        <source>无法读取</source>
        <comment>backup.unreadable</comment>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>该备份文件已损坏（{reason}），不能使用。请选另一个备份。</source>
        <comment>backup.unsound</comment>
        <translation>This backup file is damaged ({reason}) and cannot be used. Please choose another backup.</translation>
    </message>
    <message>
        <source>U 盘上的备份文件已损坏或被改动：{path}。没有恢复任何内容。</source>
        <comment>backup.usb_damaged</comment>
        <translation>The backup file on the USB stick is damaged or was altered: {path}. Nothing was restored.</translation>
    </message>
    <message>
        <source>这个 U 盘备份由更新版本的 StationDesk 制作：{path}。请先升级本程序。</source>
        <comment>backup.usb_newer</comment>
        <translation>This USB backup was made by a newer StationDesk: {path}. Please upgrade this program first.</translation>
    </message>
    <message>
        <source>，含本站同步密钥</source>
        <comment>backup.usb_with_keys</comment>
        <translation>, with the station's sync keys</translation>
    </message>
    <message>
        <source>已加密写入 U 盘并回读校验：{path}（{size}，人员 {people} 人，记录 {records} 条{keys}）。请妥善保管密码：没有密码谁也打不开这个备份。</source>
        <comment>backup.usb_written</comment>
        <translation>Encrypted onto the USB stick and read back: {path} ({size}, {people} people, {records} records{keys}). Keep the password safe: without it nobody can open this backup.</translation>
    </message>
    <message>
        <source>写到 U 盘后回读校验不一致，已删除该文件：{path}。U 盘可能有问题，请换一个 U 盘。</source>
        <comment>backup.verify_failed</comment>
        <translation>The file read back from the USB stick did not match and was deleted: {path}. The stick may be faulty; please use another one.</translation>
    </message>
    <message>
        <source>已备份：{path}（{size}）</source>
        <comment>backup.written</comment>
        <translation>Backed up: {path} ({size})</translation>
    </message>
    <message>
        <source>密码不对，无法打开这个 U 盘备份。请检查大小写后重试。</source>
        <comment>backup.wrong_password</comment>
        <translation>Wrong password: this USB backup cannot be opened. Check upper and lower case and try again.</translation>
    </message>
    <message>
        <source>同步包签名不正确（包头被改动或签名者不对），已拒绝导入，数据未改动。</source>
        <comment>bundle.bad_signature</comment>
        <translation>The bundle signature is wrong (header changed or wrong signer); refused, nothing changed.</translation>
    </message>
    <message>
        <source>同步包中 {table} 的记录数与包头不符，已拒绝导入，数据未改动。</source>
        <comment>bundle.count_mismatch</comment>
        <translation>The record count of {table} does not match the header; refused, nothing changed.</translation>
    </message>
    <message>
        <source>同步包中 {table}.{column} 指向不存在的记录 {value}，已拒绝导入，数据未改动。</source>
        <comment>bundle.dangling_reference</comment>
        <translation>{table}.{column} in the bundle points at a record that exists nowhere ({value}); refused, nothing changed.</translation>
    </message>
    <message>
        <source>同步包内的文件不对（{detail}），已拒绝导入，数据未改动。</source>
        <comment>bundle.entries</comment>
        <translation>The bundle holds the wrong files ({detail}); refused, nothing changed.</translation>
    </message>
    <message>
        <source>同步包从序号 {since} 开始，但本方只收到 {have}，中间的同步包缺失。请让对方重新导出。数据未改动。</source>
        <comment>bundle.gap</comment>
        <translation>The bundle starts at sequence {since} but only {have} arrived here; one is missing. Ask for a new export. Nothing changed.</translation>
    </message>
    <message>
        <source>同步包的校验值或大小不符（{what}），已拒绝导入，数据未改动。</source>
        <comment>bundle.hash_mismatch</comment>
        <translation>A hash or size in the bundle does not match ({what}); refused, nothing changed.</translation>
    </message>
    <message>
        <source>同步包的包头无效（{reason}），已拒绝导入，数据未改动。</source>
        <comment>bundle.header_invalid</comment>
        <translation>The bundle header is invalid ({reason}); refused, nothing changed.</translation>
    </message>
    <message>
        <source>同步包编号 {bundle_id} 已用于另一个内容不同的同步包，已拒绝导入，数据未改动。</source>
        <comment>bundle.id_reused</comment>
        <translation>Bundle id {bundle_id} was already used for different content; refused, nothing changed.</translation>
    </message>
    <message>
        <source>同步包格式版本 {version} 比本程序支持的 {supported} 新，请升级 StationDesk 后再导入。数据未改动。</source>
        <comment>bundle.newer_format</comment>
        <translation>The bundle format {version} is newer than this program supports ({supported}); upgrade StationDesk. Nothing changed.</translation>
    </message>
    <message>
        <source>这个同步包不是加密给本方的（收件人不对），已拒绝导入，数据未改动。</source>
        <comment>bundle.not_for_us</comment>
        <translation>This bundle is encrypted for someone else; refused, nothing changed.</translation>
    </message>
    <message>
        <source>同步包含有不属于发送方的记录（{table}，来源 {origin}），已拒绝导入，数据未改动。</source>
        <comment>bundle.not_owner</comment>
        <translation>The bundle holds records the sender does not own ({table}, origin {origin}); refused, nothing changed.</translation>
    </message>
    <message>
        <source>同步包不完整或不是同步包文件（可能在写入时被拔出），已拒绝导入，数据未改动。</source>
        <comment>bundle.not_zip</comment>
        <translation>The bundle is truncated or not a bundle file (pulled out while writing?); refused, nothing changed.</translation>
    </message>
    <message>
        <source>同步包内容结构不对（{detail}），已拒绝导入，数据未改动。</source>
        <comment>bundle.payload_invalid</comment>
        <translation>The bundle payload is malformed ({detail}); refused, nothing changed.</translation>
    </message>
    <message>
        <source>同步包内容被改动或损坏（解密校验失败），已拒绝导入，数据未改动。</source>
        <comment>bundle.payload_tampered</comment>
        <translation>The bundle payload was changed or damaged (decryption check failed); refused, nothing changed.</translation>
    </message>
    <message>
        <source>同步包中 {table} 有不合格的记录（{detail}），已拒绝导入，数据未改动。</source>
        <comment>bundle.row_invalid</comment>
        <translation>The bundle has an invalid {table} record ({detail}); refused, nothing changed.</translation>
    </message>
    <message>
        <source>同步包中 {table} 的结构与本程序不符（{detail}），已拒绝导入，数据未改动。</source>
        <comment>bundle.schema</comment>
        <translation>The structure of {table} in the bundle does not fit this program ({detail}); refused, nothing changed.</translation>
    </message>
    <message>
        <source>同步包中的 {detail} 超出大小限制（可能是恶意压缩包），已拒绝导入，数据未改动。</source>
        <comment>bundle.too_large</comment>
        <translation>{detail} in the bundle is beyond the size limits (a zip bomb?); refused, nothing changed.</translation>
    </message>
    <message>
        <source>同步包中的记录与本地记录冲突（{detail}），已拒绝导入，数据未改动。</source>
        <comment>bundle.unique_clash</comment>
        <translation>A record in the bundle clashes with a local one ({detail}); refused, nothing changed.</translation>
    </message>
    <message>
        <source>同步包的签名者 {signer} 不是已登记的密钥，已拒绝导入，数据未改动。</source>
        <comment>bundle.unknown_signer</comment>
        <translation>The bundle is signed by {signer} with a key that is not registered; refused, nothing changed.</translation>
    </message>
    <message>
        <source>这个同步包的方向不对（{kind}），应在另一端导入。数据未改动。</source>
        <comment>bundle.wrong_kind</comment>
        <translation>This bundle goes the other way ({kind}); import it at the other end. Nothing changed.</translation>
    </message>
    <message>
        <source>这个同步包是发给 {to} 的，不是本方（{me}），已拒绝导入，数据未改动。</source>
        <comment>bundle.wrong_recipient</comment>
        <translation>This bundle is addressed to {to}, not to {me}; refused, nothing changed.</translation>
    </message>
    <message>
        <source>已取消，未作任何改动。</source>
        <comment>cancelled</comment>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>列表中已有“{name}”。</source>
        <comment>catalog.duplicate</comment>
        <translation>The list already has “{name}”.</translation>
    </message>
    <message>
        <source>列表中已有“{name}”，已停用；选中它并点“启用”即可再次使用。</source>
        <comment>catalog.duplicate_stopped</comment>
        <translation>The list already has “{name}”, stopped; choose it and press Use again.</translation>
    </message>
    <message>
        <source>条目名称不能含有竖线“|”（它用来分隔多个条目）。</source>
        <comment>catalog.name_bar</comment>
        <translation>An entry's name cannot contain a bar “|” (it separates entries).</translation>
    </message>
    <message>
        <source>请填写条目名称。</source>
        <comment>catalog.name_required</comment>
        <translation>Please enter the entry's name.</translation>
    </message>
    <message>
        <source>条目名称不能超过 {max} 个字。</source>
        <comment>catalog.name_too_long</comment>
        <translation>An entry's name can have at most {max} characters.</translation>
    </message>
    <message>
        <source>没有名为 {kind} 的维护列表。</source>
        <comment>catalog.unknown_kind</comment>
        <translation>There is no maintained list called {kind}.</translation>
    </message>
    <message>
        <source>{name} 在 {start} 至 {end} 期间没有已确认的服务时长，不能出具证明。</source>
        <comment>certificate.no_hours</comment>
        <translation>{name} has no confirmed hours from {start} to {end}; no certificate can be issued.</translation>
    </message>
    <message>
        <source>找不到证明编号 {serial}。</source>
        <comment>certificate.not_found</comment>
        <translation>No certificate numbered {serial}.</translation>
    </message>
    <message>
        <source>证明期间的开始日期不能晚于结束日期。</source>
        <comment>certificate.period</comment>
        <translation>The period must start before it ends.</translation>
    </message>
    <message>
        <source>请写明作废原因（不超过 {limit} 个字）。</source>
        <comment>certificate.void_reason</comment>
        <translation>Please give the reason for voiding it (at most {limit} characters).</translation>
    </message>
    <message>
        <source>证明 {serial} 已于 {day} 作废（{reason}）。</source>
        <comment>certificate.voided</comment>
        <translation>Certificate {serial} was voided on {day} ({reason}).</translation>
    </message>
    <message>
        <source>平台管理员 {login} 已创建。恢复码（只显示这一次，请抄下或打印后妥善保管）：{recovery}</source>
        <comment>city.admin_created</comment>
        <translation>City administrator {login} created. Recovery code (shown only this once; copy or print it and keep it safe): {recovery}</translation>
    </message>
    <message>
        <source>平台已有管理员账号</source>
        <comment>city.admin_exists</comment>
        <translation>The city hub already has an administrator</translation>
    </message>
    <message>
        <source>字段 {field} 的值无效：{reason}</source>
        <comment>city.bad_field</comment>
        <translation>Invalid value for {field}: {reason}</translation>
    </message>
    <message>
        <source>数据库地址无效：{url}（应为 SQLite 文件路径或 postgresql://…）</source>
        <comment>city.bad_url</comment>
        <translation>Invalid database address {url} (a SQLite path or postgresql://...)</translation>
    </message>
    <message>
        <source>  请站点核对：签名密钥指纹 {signing}   加密密钥指纹 {encryption}</source>
        <comment>city.check_fingerprints</comment>
        <translation>  for the station to check: signing key fingerprint {signing}   encryption key fingerprint {encryption}</translation>
    </message>
    <message>
        <source>市级平台 {name}（{code}）已创建。密钥：{keys}</source>
        <comment>city.created</comment>
        <translation>City hub {name} ({code}) created. Keys: {keys}</translation>
    </message>
    <message>
        <source>请用 --db 指定市级平台数据库（SQLite 文件路径或 postgresql://…），或设置环境变量 STATIONDESK_CITY_DB。</source>
        <comment>city.db_needed</comment>
        <translation>Give the city hub's database with --db (a SQLite path or postgresql://...), or set STATIONDESK_CITY_DB.</translation>
    </message>
    <message>
        <source>无法连接市级平台数据库：{reason}</source>
        <comment>city.db_unreachable</comment>
        <translation>Cannot reach the city hub database: {reason}</translation>
    </message>
    <message>
        <source>已修改 {table} {id}（版本 {version}），下次为该站导出时发回。</source>
        <comment>city.edited</comment>
        <translation>Changed {table} {id} (version {version}); the next export for its station sends it back.</translation>
    </message>
    <message>
        <source>登记文件已写入 {path}（站点 {code} {name}，一次性令牌）。</source>
        <comment>city.enrolment_written</comment>
        <translation>Enrolment file written to {path} (station {code} {name}, one-time token).</translation>
    </message>
    <message>
        <source>市级平台数据库已存在：{url}</source>
        <comment>city.exists</comment>
        <translation>A city hub already exists at {url}</translation>
    </message>
    <message>
        <source>已导出并校验：{path}（给 {station}，确认站点序号 {acknowledged}，平台序号 {since}→{up_to}，{total} 条记录）</source>
        <comment>city.exported</comment>
        <translation>Exported and checked: {path} (for {station}, station sequence acknowledged {acknowledged}, hub sequence {since}→{up_to}, {total} records)</translation>
    </message>
    <message>
        <source>已导出并校验：{path}（给 {station}，确认站点序号 {acknowledged}，平台序号 {since}→{up_to}，{total} 条记录，附该站冲突 {conflicts_sent} 条）</source>
        <comment>city.exported_with_conflicts</comment>
        <translation>Exported and checked: {path} (for {station}, station sequence acknowledged {acknowledged}, hub sequence {since}→{up_to}, {total} records, with {conflicts_sent} of the station's conflicts)</translation>
    </message>
    <message>
        <source>  签名密钥指纹 {signing}   加密密钥指纹 {encryption}</source>
        <comment>city.fingerprints</comment>
        <translation>  signing key fingerprint {signing}   encryption key fingerprint {encryption}</translation>
    </message>
    <message>
        <source>密钥文件夹 {folder} 中的密钥与平台数据库登记的不一致。</source>
        <comment>city.keys_mismatch</comment>
        <translation>The keys in {folder} are not the hub's registered keys.</translation>
    </message>
    <message>
        <source>PostgreSQL 平台需要用 --keys 指定密钥文件夹（或设置 STATIONDESK_CITY_KEYS）。</source>
        <comment>city.keys_needed</comment>
        <translation>A PostgreSQL hub needs a key folder: --keys DIR (or STATIONDESK_CITY_KEYS).</translation>
    </message>
    <message>
        <source>新建平台请用 --name 写上平台的名称</source>
        <comment>city.name_needed</comment>
        <translation>A new city hub needs its name: --name</translation>
    </message>
    <message>
        <source>这台电脑上的 StationDesk 没有 PostgreSQL 驱动（{module}）。请安装：pip install "stationdesk[postgres]"（或 pip install "psycopg[binary]"）。</source>
        <comment>city.needs_driver</comment>
        <translation>This StationDesk has no PostgreSQL driver ({module}). Install it: pip install "stationdesk[postgres]" (or pip install "psycopg[binary]").</translation>
    </message>
    <message>
        <source>平台还没有账号：先运行 stationdesk city init --db 地址 设置平台管理员的密码</source>
        <comment>city.no_accounts</comment>
        <translation>The city hub has no accounts yet: first run stationdesk city init --db ADDRESS to set the city administrator's password</translation>
    </message>
    <message>
        <source>这里还没有市级平台数据库：{url}。请先运行 stationdesk city init --db 地址 --name 名称。</source>
        <comment>city.not_initialised</comment>
        <translation>There is no city hub at {url}. Run stationdesk city init --db URL --name NAME first.</translation>
    </message>
    <message>
        <source>平台管理员密码已重设。新的恢复码（旧的已作废，只显示这一次）：{recovery}</source>
        <comment>city.recovered</comment>
        <translation>The city administrator's password is reset. New recovery code (the old one no longer works; shown only this once): {recovery}</translation>
    </message>
    <message>
        <source>平台上没有编码为 {station} 的站点。已登记的站点：{choices}</source>
        <comment>city.report_unknown_station</comment>
        <translation>The hub has no station {station}. Enrolled stations: {choices}</translation>
    </message>
    <message>
        <source>已启用</source>
        <comment>city.station_active</comment>
        <translation>active</translation>
    </message>
    <message>
        <source>站点编码 {station} 已登记并启用，不能再次登记。</source>
        <comment>city.station_code_taken</comment>
        <translation>Station code {station} is already enrolled and active.</translation>
    </message>
    <message>
        <source>  {code} {name}：{state}，记录 {records}，最近同步包 {last}</source>
        <comment>city.station_line</comment>
        <translation>  {code} {name}: {state}, {records} records, last bundle {last}</translation>
    </message>
    <message>
        <source>站点 {station} 还没有发来第一个同步包，暂时无法向它导出。</source>
        <comment>city.station_not_active</comment>
        <translation>Station {station} has not sent its first bundle yet; nothing can be exported to it.</translation>
    </message>
    <message>
        <source>待首个同步包</source>
        <comment>city.station_waiting</comment>
        <translation>waiting for its first bundle</translation>
    </message>
    <message>
        <source>{name}（{code}），未处理冲突 {n}</source>
        <comment>city.stats</comment>
        <translation>{name} ({code}), open conflicts: {n}</translation>
    </message>
    <message>
        <source>没有这个平台角色：{role}（可选：{roles}）</source>
        <comment>city.unknown_role</comment>
        <translation>No such city role: {role} (choose from: {roles})</translation>
    </message>
    <message>
        <source>平台中没有站点 {station}。</source>
        <comment>city.unknown_station</comment>
        <translation>The hub has no station {station}.</translation>
    </message>
    <message>
        <source>未知的数据表：{table}</source>
        <comment>city.unknown_table</comment>
        <translation>Unknown table: {table}</translation>
    </message>
    <message>
        <source>站长账号 {login} 已创建。恢复码（只显示这一次，请抄下或打印后妥善保管）：{recovery}</source>
        <comment>cli.admin_created</comment>
        <translation>The administrator account {login} is set up. Recovery code (shown only this once; write it down or print it and keep it safe): {recovery}</translation>
    </message>
    <message>
        <source>演示账号（每个角色一个）：{logins}，密码都是 {password}</source>
        <comment>cli.demo_logins</comment>
        <translation>Demo accounts (one per role): {logins}; the password of each is {password}</translation>
    </message>
    <message>
        <source>演示数据已生成（{seconds} 秒）：{path}</source>
        <comment>cli.demo_made</comment>
        <translation>Demo data made ({seconds} s): {path}</translation>
    </message>
    <message>
        <source>已生成 {path}（{kb} KB）</source>
        <comment>cli.file_made</comment>
        <translation>Written {path} ({kb} KB)</translation>
    </message>
    <message>
        <source>内部错误，这次操作未完成。详情见日志 {log}</source>
        <comment>cli.internal_error</comment>
        <translation>Internal error: this action was not completed. Details are in the log {log}</translation>
    </message>
    <message>
        <source>内部错误，这次操作未完成（日志无法写入）。</source>
        <comment>cli.internal_error_no_log</comment>
        <translation>Internal error: this action was not completed (the log could not be written).</translation>
    </message>
    <message>
        <source>新密码：</source>
        <comment>cli.new_password_prompt</comment>
        <translation>New password: </translation>
    </message>
    <message>
        <source>不是数字：{value}</source>
        <comment>cli.not_a_number</comment>
        <translation>not a number: {value}</translation>
    </message>
    <message>
        <source>不是整数：{value}</source>
        <comment>cli.not_a_whole_number</comment>
        <translation>not a whole number: {value}</translation>
    </message>
    <message>
        <source>{value} 超出范围（{low} 到 {high}）</source>
        <comment>cli.out_of_range</comment>
        <translation>{value} is out of range ({low} to {high})</translation>
    </message>
    <message>
        <source>没有终端可以输入密码：请设置 {variable}</source>
        <comment>cli.password_needed</comment>
        <translation>No terminal to type the password on: set {variable}</translation>
    </message>
    <message>
        <source>密码：</source>
        <comment>cli.password_prompt</comment>
        <translation>Password: </translation>
    </message>
    <message>
        <source>已写出 {count} 条记录：{path}</source>
        <comment>cli.person_copy_written</comment>
        <translation>{count} records written: {path}</translation>
    </message>
    <message>
        <source>个人信息已删除，{kept} 条服务记录匿名保留；回执：{path}</source>
        <comment>cli.person_erased</comment>
        <translation>The personal data is erased, {kept} service records kept without identity; receipt: {path}</translation>
    </message>
    <message>
        <source>站长密码已重设。新的恢复码（旧的已作废，只显示这一次）：{recovery}</source>
        <comment>cli.recovered</comment>
        <translation>The administrator's password is reset. The new recovery code (the old one no longer works; shown only this once): {recovery}</translation>
    </message>
    <message>
        <source>恢复码：</source>
        <comment>cli.recovery_prompt</comment>
        <translation>Recovery code: </translation>
    </message>
    <message>
        <source>确定删除以上 {count} 人的个人信息吗？服务记录匿名保留。[y/N] </source>
        <comment>cli.retention_ask</comment>
        <translation>Erase the personal information of the {count} people above? Service records stay without identity. [y/N] </translation>
    </message>
    <message>
        <source>已删除 {count} 人的个人信息，服务记录匿名保留。</source>
        <comment>cli.retention_erased</comment>
        <translation>Personal information of {count} people erased; service records kept without identity.</translation>
    </message>
    <message>
        <source>超过保存期限（{years} 年）的有 {count} 人。</source>
        <comment>cli.retention_found</comment>
        <translation>{count} people are past the retention period ({years} years).</translation>
    </message>
    <message>
        <source>{name}	最后一次服务 {last}</source>
        <comment>cli.retention_line</comment>
        <translation>{name}	last service {last}</translation>
    </message>
    <message>
        <source>不在终端上运行：请加 --yes 确认删除，或加 --dry-run 只列出。</source>
        <comment>cli.retention_needs_yes</comment>
        <translation>Not on a terminal: add --yes to confirm the erasure, or --dry-run to list only.</translation>
    </message>
    <message>
        <source>保存期限已设为最后一次服务后 {years} 年。</source>
        <comment>cli.retention_set</comment>
        <translation>Retention period set to {years} years after the last service.</translation>
    </message>
    <message>
        <source>（stationdesk --help 查看用法）</source>
        <comment>cli.see_help</comment>
        <translation> (stationdesk --help shows the usage)</translation>
    </message>
    <message>
        <source>站点 {code} {name} 已就绪：{path}</source>
        <comment>cli.station_ready</comment>
        <translation>Station {code} {name} is ready: {path}</translation>
    </message>
    <message>
        <source>使用中</source>
        <comment>cli.user_active</comment>
        <translation>active</translation>
    </message>
    <message>
        <source>账号 {login}（{role}）已创建</source>
        <comment>cli.user_added</comment>
        <translation>Account {login} ({role}) added</translation>
    </message>
    <message>
        <source>已停用</source>
        <comment>cli.user_disabled</comment>
        <translation>disabled</translation>
    </message>
    <message>
        <source>账号 {login} 已停用</source>
        <comment>cli.user_disabled_now</comment>
        <translation>Account {login} disabled</translation>
    </message>
    <message>
        <source>账号 {login} 已重新启用</source>
        <comment>cli.user_enabled_now</comment>
        <translation>Account {login} is enabled again</translation>
    </message>
    <message>
        <source>这个命令需要登录：stationdesk --user 登录名 …（或设置 STATIONDESK_USER）</source>
        <comment>cli.user_needed</comment>
        <translation>This command needs an account: stationdesk --user LOGIN … (or set STATIONDESK_USER)</translation>
    </message>
    <message>
        <source>账号 {login} 的密码已重设</source>
        <comment>cli.user_password_set</comment>
        <translation>The password of {login} is set</translation>
    </message>
    <message>
        <source>（{by} 判定）</source>
        <comment>conflicts.decided_by</comment>
        <translation>(decided by {by}) </translation>
    </message>
    <message>
        <source>#{seq} {where}{table} {id} [{kind}] 保留 {kept} / 另一方 {other}: {fields}</source>
        <comment>conflicts.line</comment>
        <translation>#{seq} {where}{table} {id} [{kind}] kept {kept} / other {other}: {fields}</translation>
    </message>
    <message>
        <source>没有未处理的冲突。</source>
        <comment>conflicts.none</comment>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>已处理。</source>
        <comment>conflicts.resolved</comment>
        <translation>Resolved.</translation>
    </message>
    <message>
        <source>已改用另一方的值，下次导出时会发给市级平台。</source>
        <comment>conflicts.took_other</comment>
        <translation>The other side's value is taken; the next export sends it to the city.</translation>
    </message>
    <message>
        <source>同意日期不能晚于今天。</source>
        <comment>consent.date_future</comment>
        <translation>The consent date cannot be after today.</translation>
    </message>
    <message>
        <source>图形界面</source>
        <comment>data_dir.holder_window</comment>
        <translation>the window</translation>
    </message>
    <message>
        <source>另一个 StationDesk（{doing}，进程 {pid}）正在使用数据文件夹 {path}。请等它结束或关闭它后重试。</source>
        <comment>data_dir.in_use</comment>
        <translation>Another StationDesk ({doing}, process {pid}) is working on the data folder {path}. Wait for it to finish, or close it, and try again.</translation>
    </message>
    <message>
        <source>数据文件夹 {path} 不是文件夹（它或它的上级是一个文件）。请用 --data-dir 指定一个文件夹。</source>
        <comment>data_dir.not_a_folder</comment>
        <translation>The data folder {path} is not a folder (it or a folder above it is a file). Give a folder with --data-dir.</translation>
    </message>
    <message>
        <source>无法创建或写入数据文件夹 {path}（{reason}）。请用 --data-dir 指定一个可写的文件夹。</source>
        <comment>data_dir.not_writable</comment>
        <translation>Cannot create or write the data folder {path} ({reason}). Give a writable folder with --data-dir.</translation>
    </message>
    <message>
        <source>日期格式应为 年-月-日，如 2024-03-05。</source>
        <comment>date.format</comment>
        <translation>Dates are written year-month-day, e.g. 2024-03-05.</translation>
    </message>
    <message>
        <source>数据库文件 {path} 已损坏或不是 StationDesk 数据库：{reason}。文件未作任何改动。备份文件夹 {backups} 中有 {count} 个备份，最新的是 {newest}。</source>
        <comment>db.damaged</comment>
        <translation>The database file {path} is damaged or not a StationDesk database: {reason}. It was left untouched. The backups folder {backups} holds {count} backups, the newest {newest}.</translation>
    </message>
    <message>
        <source>数据库文件 {path} 已损坏或不是 StationDesk 数据库：{reason}。文件未作任何改动。备份文件夹 {backups} 中还没有备份。</source>
        <comment>db.damaged_no_backups</comment>
        <translation>The database file {path} is damaged or not a StationDesk database: {reason}. It was left untouched. The backups folder {backups} holds no backup yet.</translation>
    </message>
    <message>
        <source>数据库正被其他程序使用，这次操作未完成，数据没有改动。请关闭其他使用它的程序后重试。</source>
        <comment>db.locked</comment>
        <translation>The database is in use by another program; nothing was changed. Close the other program and retry.</translation>
    </message>
    <message>
        <source>数据库版本（{found}）比本程序新，本程序无法打开。请安装新版 StationDesk。数据未作任何改动。</source>
        <comment>db.newer</comment>
        <translation>The database ({found}) is newer than this program, which will not open it. Install the newer StationDesk; nothing was changed.</translation>
    </message>
    <message>
        <source>无法写入 {path}：文件或文件夹是只读的（或在只读的磁盘上）。数据没有问题；请让它可写，或用 --data-dir 指定一个可写的数据文件夹。</source>
        <comment>db.read_only</comment>
        <translation>Cannot write {path}: the file or folder is read-only (or on a read-only disk). The data is fine; make it writable, or give a writable data folder with --data-dir.</translation>
    </message>
    <message>
        <source>演示数据只能放进空的站点；此数据文件夹里已有人员档案。请用另一个数据文件夹（--data-dir）。</source>
        <comment>demo.not_empty</comment>
        <translation>Demo data only goes into an empty station; this data folder already holds people. Use another one (--data-dir).</translation>
    </message>
    <message>
        <source>磁盘已满，无法写入 {path}。这次操作已撤销，之前保存的数据没有改动。请腾出磁盘空间后重试。</source>
        <comment>disk.full</comment>
        <translation>The disk is full; {path} cannot be written. This action was undone and the data saved before is unchanged. Free some disk space and try again.</translation>
    </message>
    <message>
        <source>该需求已派给“{name}”，派单仍在进行中。</source>
        <comment>dispatch.duplicate</comment>
        <translation>This need is already dispatched to “{name}”.</translation>
    </message>
    <message>
        <source>需求已“{state}”，不能派单。</source>
        <comment>dispatch.need_closed</comment>
        <translation>The need is “{state}” and cannot be dispatched.</translation>
    </message>
    <message>
        <source>请至少选择一个派单对象。</source>
        <comment>dispatch.no_targets</comment>
        <translation>Choose at least one to dispatch to.</translation>
    </message>
    <message>
        <source>该派单已“{state}”。</source>
        <comment>dispatch.not_open</comment>
        <translation>This dispatch is already “{state}”.</translation>
    </message>
    <message>
        <source>“{name}”尚余 {left} {unit}，本次派单 {quantity} {unit}，超出容量。仍要派单吗？</source>
        <comment>dispatch.over_capacity</comment>
        <translation>“{name}” has {left} {unit} left and this dispatch takes {quantity}; dispatch anyway?</translation>
    </message>
    <message>
        <source>派单数量应为 1 到 100000 之间的整数。</source>
        <comment>dispatch.quantity</comment>
        <translation>The quantity is 1 to 100,000.</translation>
    </message>
    <message>
        <source>请写明取消或改派的原因。</source>
        <comment>dispatch.reason_required</comment>
        <translation>Give the reason for cancelling or re-dispatching.</translation>
    </message>
    <message>
        <source>“{name}”已终止，不能派单。</source>
        <comment>dispatch.target_ended</comment>
        <translation>“{name}” has ended and cannot take dispatches.</translation>
    </message>
    <message>
        <source>“{name}”的有效期已于 {day} 结束，不能派单。</source>
        <comment>dispatch.target_expired</comment>
        <translation>“{name}” was valid until {day} and cannot take dispatches.</translation>
    </message>
    <message>
        <source>“{name}”目前暂停，仍要派单吗？</source>
        <comment>dispatch.target_paused</comment>
        <translation>“{name}” is paused; dispatch anyway?</translation>
    </message>
    <message>
        <source>派单对象不存在或已删除。</source>
        <comment>dispatch.target_unknown</comment>
        <translation>The one dispatched to does not exist.</translation>
    </message>
    <message>
        <source>志愿者 {name} 已退出，不能派单。</source>
        <comment>dispatch.volunteer_left</comment>
        <translation>Volunteer {name} has left.</translation>
    </message>
    <message>
        <source>{name} 未登记为老年人。</source>
        <comment>elder.not_elder</comment>
        <translation>{name} is not registered as an elder.</translation>
    </message>
    <message>
        <source>请先勾选要报名的人。</source>
        <comment>enrol.nobody</comment>
        <translation>Please tick the people to enrol first.</translation>
    </message>
    <message>
        <source>一次最多报名 {most} 人，现在勾选了 {count} 人。请缩小筛选范围。</source>
        <comment>enrol.too_many</comment>
        <translation>At most {most} people can be enrolled at once; {count} are ticked. Please narrow the filter.</translation>
    </message>
    <message>
        <source>化名</source>
        <comment>field.alias</comment>
        <translation>alias</translation>
    </message>
    <message>
        <source>可服务时间</source>
        <comment>field.availability</comment>
        <translation>availability</translation>
    </message>
    <message>
        <source>楼栋</source>
        <comment>field.building</comment>
        <translation>building</translation>
    </message>
    <message>
        <source>编码</source>
        <comment>field.code</comment>
        <translation>code</translation>
    </message>
    <message>
        <source>社区</source>
        <comment>field.community</comment>
        <translation>community</translation>
    </message>
    <message>
        <source>内容</source>
        <comment>field.content</comment>
        <translation>content</translation>
    </message>
    <message>
        <source>更正原因</source>
        <comment>field.correction_reason</comment>
        <translation>reason for the correction</translation>
    </message>
    <message>
        <source>课程</source>
        <comment>field.course</comment>
        <translation>course</translation>
    </message>
    <message>
        <source>说明</source>
        <comment>field.description</comment>
        <translation>description</translation>
    </message>
    <message>
        <source>紧急联系人</source>
        <comment>field.emergency_contact</comment>
        <translation>emergency contact</translation>
    </message>
    <message>
        <source>紧急联系电话</source>
        <comment>field.emergency_phone</comment>
        <translation>emergency phone</translation>
    </message>
    <message>
        <source>身份证号</source>
        <comment>field.id_number</comment>
        <translation>ID number</translation>
    </message>
    <message>
        <source>负责人</source>
        <comment>field.leader</comment>
        <translation>leader</translation>
    </message>
    <message>
        <source>名称</source>
        <comment>field.name</comment>
        <translation>name</translation>
    </message>
    <message>
        <source>备注</source>
        <comment>field.notes</comment>
        <translation>notes</translation>
    </message>
    <message>
        <source>组织者</source>
        <comment>field.organiser</comment>
        <translation>organiser</translation>
    </message>
    <message>
        <source>电话</source>
        <comment>field.phone</comment>
        <translation>phone</translation>
    </message>
    <message>
        <source>地点</source>
        <comment>field.place</comment>
        <translation>place</translation>
    </message>
    <message>
        <source>岗位</source>
        <comment>field.post</comment>
        <translation>post</translation>
    </message>
    <message>
        <source>原因</source>
        <comment>field.reason</comment>
        <translation>reason</translation>
    </message>
    <message>
        <source>关系</source>
        <comment>field.relation</comment>
        <translation>relation</translation>
    </message>
    <message>
        <source>备注</source>
        <comment>field.remark</comment>
        <translation>remark</translation>
    </message>
    <message>
        <source>房号</source>
        <comment>field.room</comment>
        <translation>room</translation>
    </message>
    <message>
        <source>服务区域</source>
        <comment>field.service_area</comment>
        <translation>service area</translation>
    </message>
    <message>
        <source>技能</source>
        <comment>field.skills</comment>
        <translation>skills</translation>
    </message>
    <message>
        <source>道路门牌</source>
        <comment>field.street</comment>
        <translation>street and number</translation>
    </message>
    <message>
        <source>科目</source>
        <comment>field.subjects</comment>
        <translation>subjects</translation>
    </message>
    <message>
        <source>标签</source>
        <comment>field.tags</comment>
        <translation>tags</translation>
    </message>
    <message>
        <source>内容</source>
        <comment>field.text</comment>
        <translation>text</translation>
    </message>
    <message>
        <source>标题</source>
        <comment>field.title</comment>
        <translation>title</translation>
    </message>
    <message>
        <source>单元</source>
        <comment>field.unit</comment>
        <translation>unit</translation>
    </message>
    <message>
        <source>作废原因</source>
        <comment>field.void_reason</comment>
        <translation>reason for voiding</translation>
    </message>
    <message>
        <source>U 盘或磁盘已满，没有写成：{path}。请腾出空间或换一个 U 盘后再试；已有的数据没有改动。</source>
        <comment>file.disk_full</comment>
        <translation>The USB stick or disk is full, so nothing was written: {path}. Free some space or use another stick and try again; the data is unchanged.</translation>
    </message>
    <message>
        <source>文件夹 {folder} 不存在。请先建好它，或选一个已有的文件夹。</source>
        <comment>file.folder_missing</comment>
        <translation>The folder {folder} does not exist. Make it first, or choose a folder that exists.</translation>
    </message>
    <message>
        <source>{path} 是一个文件夹，请给出文件名。</source>
        <comment>file.is_folder</comment>
        <translation>{path} is a folder; give a file name.</translation>
    </message>
    <message>
        <source>找不到文件：{path}</source>
        <comment>file.not_found</comment>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>无法写入：{path}（{reason}）</source>
        <comment>file.not_writable</comment>
        <translation>Cannot write {path} ({reason})</translation>
    </message>
    <message>
        <source>该跟进事项已于 {closed_on} 关闭。</source>
        <comment>follow_up.already_closed</comment>
        <translation>This follow-up was already closed on {closed_on}.</translation>
    </message>
    <message>
        <source>关闭日期不能早于探访日期，也不能晚于今天。</source>
        <comment>follow_up.close_date</comment>
        <translation>The closing date must be between the visit and today.</translation>
    </message>
    <message>
        <source>表单中有 {count} 处需要修改。</source>
        <comment>form.invalid</comment>
        <translation>{count} fields need correcting.</translation>
    </message>
    <message>
        <source>请填写{label}。</source>
        <comment>form.required</comment>
        <translation>Please fill in {label}.</translation>
    </message>
    <message>
        <source>这台电脑没有可用的图形显示（未设置 DISPLAY 或 WAYLAND_DISPLAY），无法打开窗口。请在桌面环境中启动；命令行功能见 stationdesk --help。</source>
        <comment>gui.no_display</comment>
        <translation>This computer has no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set), so no window can open. Start it from a desktop; the command-line functions are in stationdesk --help.</translation>
    </message>
    <message>
        <source>提示：前六位 {area} 不是出生年份的地区代码（号码按首次办证地编制，后来常有调整），老年人常见，可以照常保存。</source>
        <comment>id_number.area_unknown</comment>
        <translation>Note: the first six digits {area} are not an area code of the birth year (a number is made where the card was first issued, and codes have changed since). Common for elders; save as usual.</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期不存在。</source>
        <comment>id_number.birth_date</comment>
        <translation>The birth date inside the ID number does not exist.</translation>
    </message>
    <message>
        <source>身份证号码校验位不对，请逐位核对。</source>
        <comment>id_number.checksum</comment>
        <translation>The ID number's check digit is wrong; please check each digit.</translation>
    </message>
    <message>
        <source>该身份证号码已登记给 {name}。</source>
        <comment>id_number.duplicate</comment>
        <translation>This ID number is already registered to {name}.</translation>
    </message>
    <message>
        <source>身份证号码只能包含数字，最后一位可以是 X。</source>
        <comment>id_number.format</comment>
        <translation>An ID number holds digits only; the last may be X.</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期在今天之后。</source>
        <comment>id_number.future_birth</comment>
        <translation>The birth date inside the ID number is in the future.</translation>
    </message>
    <message>
        <source>身份证号码应为 18 位（最后一位可以是 X）。</source>
        <comment>id_number.length</comment>
        <translation>An ID number has 18 characters (the last may be X).</translation>
    </message>
    <message>
        <source>未知的记录种类：{kind}。可选：{choices}</source>
        <comment>list.unknown_kind</comment>
        <translation>Unknown record kind {kind}. Choose from: {choices}</translation>
    </message>
    <message>
        <source>年龄 {age} 岁符合条件（{range} 岁）</source>
        <comment>match.age_ok</comment>
        <translation>age {age} fits ({range})</translation>
    </message>
    <message>
        <source>年龄 {age} 岁不符合条件（{range} 岁）</source>
        <comment>match.age_out</comment>
        <translation>age {age} outside {range}</translation>
    </message>
    <message>
        <source>服务范围含{community}</source>
        <comment>match.area</comment>
        <translation>serves {community}</translation>
    </message>
    <message>
        <source>服务全站范围</source>
        <comment>match.area_all</comment>
        <translation>serves the whole area</translation>
    </message>
    <message>
        <source>服务范围不含{community}</source>
        <comment>match.area_out</comment>
        <translation>does not serve {community}</translation>
    </message>
    <message>
        <source>尚余 {left} {unit}</source>
        <comment>match.capacity</comment>
        <translation>{left} {unit} left</translation>
    </message>
    <message>
        <source>提供“{category}”服务</source>
        <comment>match.category</comment>
        <translation>offers “{category}”</translation>
    </message>
    <message>
        <source>以往服务 {count} 次</source>
        <comment>match.experience</comment>
        <translation>served {count} times before</translation>
    </message>
    <message>
        <source>当前没有在办派单</source>
        <comment>match.free</comment>
        <translation>no open dispatches</translation>
    </message>
    <message>
        <source>容量已满</source>
        <comment>match.full</comment>
        <translation>no capacity left</translation>
    </message>
    <message>
        <source>面向{group}</source>
        <comment>match.group</comment>
        <translation>serves {group}</translation>
    </message>
    <message>
        <source>只面向{groups}</source>
        <comment>match.group_other</comment>
        <translation>serves only {groups}</translation>
    </message>
    <message>
        <source>在办派单 {count} 件</source>
        <comment>match.load</comment>
        <translation>{count} open dispatches</translation>
    </message>
    <message>
        <source>该需求已“{state}”，不再派单。</source>
        <comment>match.need_closed</comment>
        <translation>The need is “{state}”; it is not dispatched any more.</translation>
    </message>
    <message>
        <source>同住{community}</source>
        <comment>match.neighbour</comment>
        <translation>lives in {community}</translation>
    </message>
    <message>
        <source>未登记提供“{category}”服务</source>
        <comment>match.no_category</comment>
        <translation>does not list “{category}”</translation>
    </message>
    <message>
        <source>以往评价 {average} 分（{count} 次）</source>
        <comment>match.rating</comment>
        <translation>rated {average} ({count} ratings)</translation>
    </message>
    <message>
        <source>曾提供“{category}”服务</source>
        <comment>match.served_before</comment>
        <translation>has given “{category}” before</translation>
    </message>
    <message>
        <source>志愿者特长：{skills}</source>
        <comment>match.skill</comment>
        <translation>volunteer skills: {skills}</translation>
    </message>
    <message>
        <source>期望时间内可以服务</source>
        <comment>match.time_ok</comment>
        <translation>available in the wanted time</translation>
    </message>
    <message>
        <source>期望时间内不能服务</source>
        <comment>match.time_out</comment>
        <translation>not available in the wanted time</translation>
    </message>
    <message>
        <source>请选择服务类别。</source>
        <comment>need.category_required</comment>
        <translation>Choose the service category.</translation>
    </message>
    <message>
        <source>服务类别“{category}”不在服务类别列表中。</source>
        <comment>need.category_unknown</comment>
        <translation>“{category}” is not in the list of service categories.</translation>
    </message>
    <message>
        <source>办结期限应为 0 到 {most} 天的整数。</source>
        <comment>need.deadline_days</comment>
        <translation>A deadline is a whole number of days from 0 to {most}.</translation>
    </message>
    <message>
        <source>紧急需求的办结期限不能长于一般需求。</source>
        <comment>need.deadline_order</comment>
        <translation>Urgent needs cannot have a longer deadline than normal ones.</translation>
    </message>
    <message>
        <source>发现日期不能晚于今天。</source>
        <comment>need.found_future</comment>
        <translation>The date it was found cannot be after today.</translation>
    </message>
    <message>
        <source>服务对象类别无效。</source>
        <comment>need.group_unknown</comment>
        <translation>Unknown target group.</translation>
    </message>
    <message>
        <source>该需求还没有服务记录，不能办结。请先登记为它提供的服务。</source>
        <comment>need.no_service</comment>
        <translation>No service has been recorded for this need; record the service given before completing it.</translation>
    </message>
    <message>
        <source>该需求已“{state}”，不能再修改。</source>
        <comment>need.not_open</comment>
        <translation>The need is “{state}” and can no longer be changed.</translation>
    </message>
    <message>
        <source>涉及人数应为 1 到 100000 之间的整数。</source>
        <comment>need.people_count</comment>
        <translation>The number of people is 1 to 100,000.</translation>
    </message>
    <message>
        <source>评价应为 1 到 5 分（5 为满意，1 为不满意）。</source>
        <comment>need.rating_range</comment>
        <translation>The rating is 1 to 5 (5 satisfied, 1 not satisfied).</translation>
    </message>
    <message>
        <source>需求办结后才能评价（当前为“{state}”）。</source>
        <comment>need.rating_state</comment>
        <translation>A need is rated after it is completed (it is “{state}”).</translation>
    </message>
    <message>
        <source>改为“{target}”须写明原因。</source>
        <comment>need.reason_required</comment>
        <translation>“{target}” needs a reason.</translation>
    </message>
    <message>
        <source>请选择需求来源。</source>
        <comment>need.source_unknown</comment>
        <translation>Choose where the need came from.</translation>
    </message>
    <message>
        <source>“{label}”不能超过 {max} 个字。</source>
        <comment>need.text_too_long</comment>
        <translation>“{label}” can have at most {max} characters.</translation>
    </message>
    <message>
        <source>需求当前为“{current}”，不能改为“{target}”。</source>
        <comment>need.transition</comment>
        <translation>The need is “{current}”; it cannot become “{target}”.</translation>
    </message>
    <message>
        <source>紧急程度只能是 紧急 或 一般。</source>
        <comment>need.urgency_unknown</comment>
        <translation>The urgency is urgent or normal.</translation>
    </message>
    <message>
        <source>关联的探访记录不存在或已删除。</source>
        <comment>need.visit_unknown</comment>
        <translation>The visit it came from does not exist.</translation>
    </message>
    <message>
        <source>请选择有需求的人员，或填写群体/社区名称。</source>
        <comment>need.who_required</comment>
        <translation>Choose the person in need, or name the group or community.</translation>
    </message>
    <message>
        <source>期望服务时间的结束（{end}）早于开始（{start}）。</source>
        <comment>need.window_order</comment>
        <translation>The wanted time ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>找不到该记录（{kind}：{key}），它可能已被删除。</source>
        <comment>not_found</comment>
        <translation>Record not found ({kind}: {key}); it may have been deleted.</translation>
    </message>
    <message>
        <source>已导出 {n} 项到 {path}（个人信息已遮蔽）</source>
        <comment>notice.exported</comment>
        <translation>Exported {n} rows to {path} (personal data masked)</translation>
    </message>
    <message>
        <source>公示清单只能是 needs、resources 或 services。</source>
        <comment>notice.unknown_list</comment>
        <translation>The list is needs, resources or services.</translation>
    </message>
    <message>
        <source>可用量不能大于最大容量（{maximum}）。</source>
        <comment>offer.capacity_over_maximum</comment>
        <translation>What is available cannot exceed the maximum ({maximum}).</translation>
    </message>
    <message>
        <source>容量应为 0 到 {most} 之间的整数。</source>
        <comment>offer.capacity_range</comment>
        <translation>A capacity is a whole number from 0 to {most}.</translation>
    </message>
    <message>
        <source>可服务时段的结束（{end}）应晚于开始（{start}）。</source>
        <comment>offer.hours_order</comment>
        <translation>The hours must end ({end}) after they start ({start}).</translation>
    </message>
    <message>
        <source>请填写名称。</source>
        <comment>offer.name_required</comment>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <source>状态只能是 在用、暂停 或 已终止。</source>
        <comment>offer.status</comment>
        <translation>The status is active, paused or ended.</translation>
    </message>
    <message>
        <source>“{label}”不能超过 {max} 个字。</source>
        <comment>offer.text_too_long</comment>
        <translation>“{label}” can have at most {max} characters.</translation>
    </message>
    <message>
        <source>服务日应写成 1-7 的数字（1 为周一），如 135。</source>
        <comment>offer.weekdays</comment>
        <translation>Weekdays are digits 1-7 (1 = Monday), e.g. 135.</translation>
    </message>
    <message>
        <source>无法识别的统计期间“{value}”。请写成 2026-11（月）、2026-Q4（季度）、2026（年）或 2026-01-01..2026-03-31（时间段）。</source>
        <comment>period.format</comment>
        <translation>“{value}” is not a period. Write 2026-11 (a month), 2026-Q4 (a quarter), 2026 (a year) or 2026-01-01..2026-03-31 (a range).</translation>
    </message>
    <message>
        <source>时间段的结束日期 {end} 早于开始日期 {start}。</source>
        <comment>period.order</comment>
        <translation>The range ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>统计期间“{value}”的年份应在 {first} 到 {last} 之间。</source>
        <comment>period.year_range</comment>
        <translation>The year of “{value}” must be between {first} and {last}.</translation>
    </message>
    <message>
        <source>管理账号和角色</source>
        <comment>permission.accounts.manage</comment>
        <translation>manage accounts and roles</translation>
    </message>
    <message>
        <source>修改自己的密码（需先登录）</source>
        <comment>permission.accounts.own_password</comment>
        <translation>change your own password (log in first)</translation>
    </message>
    <message>
        <source>管理活动</source>
        <comment>permission.activities.manage</comment>
        <translation>manage activities</translation>
    </message>
    <message>
        <source>能力评估</source>
        <comment>permission.assessments.manage</comment>
        <translation>ability assessments</translation>
    </message>
    <message>
        <source>查看操作日志</source>
        <comment>permission.audit.view</comment>
        <translation>read the audit log</translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <comment>permission.backup</comment>
        <translation>back up and restore</translation>
    </message>
    <message>
        <source>查看和填写个案记录</source>
        <comment>permission.case_notes.view</comment>
        <translation>read and write case notes</translation>
    </message>
    <message>
        <source>管理儿童和课程</source>
        <comment>permission.children.manage</comment>
        <translation>manage children and classes</translation>
    </message>
    <message>
        <source>管理平台账号</source>
        <comment>permission.city.accounts</comment>
        <translation>manage the city's accounts</translation>
    </message>
    <message>
        <source>导入、导出同步包，登记站点，处理冲突，修改记录</source>
        <comment>permission.city.manage</comment>
        <translation>import and export bundles, enrol stations, resolve conflicts, edit records</translation>
    </message>
    <message>
        <source>查看平台的统计、报表和冲突</source>
        <comment>permission.city.view</comment>
        <translation>view the city's figures, reports and conflicts</translation>
    </message>
    <message>
        <source>没有权限：{what}。请用有此权限的账号登录。</source>
        <comment>permission.denied</comment>
        <translation>Not allowed: {what}. Log in with an account that has this permission.</translation>
    </message>
    <message>
        <source>导出数据</source>
        <comment>permission.export</comment>
        <translation>export data</translation>
    </message>
    <message>
        <source>查看完整身份证号</source>
        <comment>permission.id.full_view</comment>
        <translation>view full ID numbers</translation>
    </message>
    <message>
        <source>管理需求、资源和服务清单</source>
        <comment>permission.lists.manage</comment>
        <translation>manage the needs, resources and services lists</translation>
    </message>
    <message>
        <source>登记和修改人员</source>
        <comment>permission.people.edit</comment>
        <translation>register and edit people</translation>
    </message>
    <message>
        <source>删除人员的个人信息（匿名化）</source>
        <comment>permission.people.erase</comment>
        <translation>delete a person's personal data (anonymise)</translation>
    </message>
    <message>
        <source>查看人员</source>
        <comment>permission.people.view</comment>
        <translation>view people</translation>
    </message>
    <message>
        <source>打印</source>
        <comment>permission.print</comment>
        <translation>print</translation>
    </message>
    <message>
        <source>修改站点设置</source>
        <comment>permission.settings.manage</comment>
        <translation>change the station's settings</translation>
    </message>
    <message>
        <source>查看统计</source>
        <comment>permission.statistics.view</comment>
        <translation>view statistics</translation>
    </message>
    <message>
        <source>与市级同步</source>
        <comment>permission.sync</comment>
        <translation>sync with the city</translation>
    </message>
    <message>
        <source>记录探访、考勤和服务</source>
        <comment>permission.visits.record</comment>
        <translation>record visits, attendance and services</translation>
    </message>
    <message>
        <source>管理志愿者、团队、排班和证书</source>
        <comment>permission.volunteers.manage</comment>
        <translation>manage volunteers, teams, shifts and certificates</translation>
    </message>
    <message>
        <source>出生日期不能晚于今天。</source>
        <comment>person.birth_date_future</comment>
        <translation>The birth date cannot be after today.</translation>
    </message>
    <message>
        <source>出生日期与身份证号码不一致（号码中为 {expected}）。</source>
        <comment>person.birth_date_mismatch</comment>
        <translation>The birth date does not match the ID number ({expected}).</translation>
    </message>
    <message>
        <source>登记监护人同意前，请先添加监护人。</source>
        <comment>person.consent_needs_guardian</comment>
        <translation>Add a guardian before recording their consent.</translation>
    </message>
    <message>
        <source>性别与身份证号码不一致。</source>
        <comment>person.gender_mismatch</comment>
        <translation>The gender does not match the ID number.</translation>
    </message>
    <message>
        <source>性别只能是男、女或不填。</source>
        <comment>person.gender_unknown</comment>
        <translation>Gender is male, female or left empty.</translation>
    </message>
    <message>
        <source>不能把本人设为自己的监护人。</source>
        <comment>person.guardian_is_self</comment>
        <translation>A person cannot be their own guardian.</translation>
    </message>
    <message>
        <source>监护人不在人员档案中或已删除。</source>
        <comment>person.guardian_not_found</comment>
        <translation>The guardian is not in the registry or was deleted.</translation>
    </message>
    <message>
        <source>请填写姓名。</source>
        <comment>person.name_required</comment>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <source>姓名不能超过 {max} 个字。</source>
        <comment>person.name_too_long</comment>
        <translation>A name can have at most {max} characters.</translation>
    </message>
    <message>
        <source>该人员未被删除，无需恢复。</source>
        <comment>person.not_deleted</comment>
        <translation>This person is not deleted; nothing to undo.</translation>
    </message>
    <message>
        <source>已有同名同生日的人员：{name}（{birth_date}），请确认不是重复登记。</source>
        <comment>person.same_name_birth</comment>
        <translation>{name} ({birth_date}) is already registered; make sure this is not a duplicate.</translation>
    </message>
    <message>
        <source>电话号码应为 11 位手机号，或带区号的固定电话（如 0758-1234567）。</source>
        <comment>phone.format</comment>
        <translation>A phone number is an 11-digit mobile or a landline with its area code (e.g. 0758-1234567).</translation>
    </message>
    <message>
        <source>请填写项目名称。</source>
        <comment>project.name_required</comment>
        <translation>Please enter the project's name.</translation>
    </message>
    <message>
        <source>此同步包已导入过，未作改动</source>
        <comment>report.already_imported</comment>
        <translation>This bundle was imported before; nothing changed</translation>
    </message>
    <message>
        <source>已导入</source>
        <comment>report.applied</comment>
        <translation>Imported</translation>
    </message>
    <message>
        <source>同步包 {id}（来自 {sender}）：{status}</source>
        <comment>report.bundle</comment>
        <translation>Bundle {id} (from {sender}): {status}</translation>
    </message>
    <message>
        <source>市级平台判定的冲突 {n} 条已加入冲突列表，可在那里保留或改用另一方的值。</source>
        <comment>report.city_conflicts</comment>
        <translation>{n} conflicts decided by the city were added to the conflict list; keep or take the other value there.</translation>
    </message>
    <message>
        <source>冲突 {table} {id}：保留 {kept} 的值，另一方 {other} 的值已存入冲突列表</source>
        <comment>report.conflict</comment>
        <translation>Conflict {table} {id}: {kept}'s value kept, {other}'s value saved in the conflict list</translation>
    </message>
    <message>
        <source>冲突 {n} 条，两方的值都已保留，见冲突列表。</source>
        <comment>report.conflict_count</comment>
        <translation>{n} conflicts; both values are kept, see the conflict list.</translation>
    </message>
    <message>
        <source>已被后来的同步包覆盖，未作改动</source>
        <comment>report.covered</comment>
        <translation>Already covered by a later bundle; nothing changed</translation>
    </message>
    <message>
        <source>仅检查，未写入</source>
        <comment>report.dry_run</comment>
        <translation>Checked only, nothing written</translation>
    </message>
    <message>
        <source>报告：{path}</source>
        <comment>report.file</comment>
        <translation>Report: {path}</translation>
    </message>
    <message>
        <source>还没有导入过同步包。</source>
        <comment>report.none</comment>
        <translation>No bundle has been imported yet.</translation>
    </message>
    <message>
        <source>已拒绝：{message}</source>
        <comment>report.refused</comment>
        <translation>Refused: {message}</translation>
    </message>
    <message>
        <source>{table}：新增 {imported}，更新 {updated}，未变 {unchanged}，删除 {deleted}，冲突 {conflicts}</source>
        <comment>report.table</comment>
        <translation>{table}: {imported} new, {updated} updated, {unchanged} unchanged, {deleted} deleted, {conflicts} conflicts</translation>
    </message>
    <message>
        <source>服务类别“{category}”不在服务类别列表中。</source>
        <comment>resource.category_unknown</comment>
        <translation>“{category}” is not in the list of service categories.</translation>
    </message>
    <message>
        <source>请选择资源类型。</source>
        <comment>resource.kind</comment>
        <translation>Choose the kind of resource.</translation>
    </message>
    <message>
        <source>请选择提供方类型。</source>
        <comment>resource.provider_kind</comment>
        <translation>Choose the kind of provider.</translation>
    </message>
    <message>
        <source>本站志愿服务队提供的资源，请选择队伍。</source>
        <comment>resource.team_required</comment>
        <translation>Choose the team that provides it.</translation>
    </message>
    <message>
        <source>所选志愿服务队不存在或已删除。</source>
        <comment>resource.team_unknown</comment>
        <translation>The chosen volunteer team does not exist.</translation>
    </message>
    <message>
        <source>有效期的结束（{end}）早于开始（{start}）。</source>
        <comment>resource.valid_order</comment>
        <translation>The validity ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>未设置保存期限：个人信息一直保存。</source>
        <comment>retention.kept</comment>
        <translation>No retention period set: personal information is kept.</translation>
    </message>
    <message>
        <source>超过保存期限（最后一次服务后 {years} 年）</source>
        <comment>retention.reason</comment>
        <translation>Retention period over ({years} years after the last service)</translation>
    </message>
    <message>
        <source>保存期限应为 1 到 {max} 年（0 或留空表示一直保存）。</source>
        <comment>retention.years</comment>
        <translation>The retention period must be 1 to {max} years (0 or empty: keep records).</translation>
    </message>
    <message>
        <source>副本文件名应以 .pdf 或 .json 结尾：{path}</source>
        <comment>rights.copy_suffix</comment>
        <translation>The copy's file name must end in .pdf or .json: {path}</translation>
    </message>
    <message>
        <source>此人还在 {count} 个辅导班中，删除后从今天起退班。</source>
        <comment>rights.open_classes</comment>
        <translation>This person is in {count} classes; the deletion ends them from today.</translation>
    </message>
    <message>
        <source>此人还有 {count} 项未完成的需求，删除后这些需求将不再有联系人。</source>
        <comment>rights.open_needs</comment>
        <translation>This person has {count} open needs; after the deletion nobody can be contacted about them.</translation>
    </message>
    <message>
        <source>请填写删除原因（如：本人申请）</source>
        <comment>rights.reason_required</comment>
        <translation>Give the reason (e.g. the person asked)</translation>
    </message>
    <message>
        <source>{name} 已是志愿者（编号 {number}）。</source>
        <comment>roster.already_volunteer</comment>
        <translation>{name} is already a volunteer (number {number}).</translation>
    </message>
    <message>
        <source>{label}“{raw}”不是有效日期（应为 年-月-日）。</source>
        <comment>roster.date_bad</comment>
        <translation>{label} {raw!r} is not a valid date (year-month-day).</translation>
    </message>
    <message>
        <source>{label}是 Excel 日期序号 {raw}，已按 {fixed} 读取。</source>
        <comment>roster.date_serial</comment>
        <translation>{label} was an Excel date number {raw}; read as {fixed}.</translation>
    </message>
    <message>
        <source>与第 {row} 行是同一人（{key}）。</source>
        <comment>roster.duplicate_in_file</comment>
        <translation>Same person as row {row} ({key}).</translation>
    </message>
    <message>
        <source>表格中没有数据行。</source>
        <comment>roster.empty</comment>
        <translation>The sheet has no data rows.</translation>
    </message>
    <message>
        <source>人员档案中已有此人（{name}），将登记为志愿者。</source>
        <comment>roster.existing_person</comment>
        <translation>{name} is in the registry; will be registered as a volunteer.</translation>
    </message>
    <message>
        <source>已导出 {n} 行到 {path}</source>
        <comment>roster.exported</comment>
        <translation>Exported {n} rows to {path}</translation>
    </message>
    <message>
        <source>{label}中有全角字符，已转换为半角。</source>
        <comment>roster.full_width</comment>
        <translation>{label} had full-width characters; converted.</translation>
    </message>
    <message>
        <source>性别“{raw}”看不懂，应为 男 或 女。</source>
        <comment>roster.gender_bad</comment>
        <translation>Gender {raw!r} should be 男 or 女.</translation>
    </message>
    <message>
        <source>有 {count} 行存在错误，未导入任何数据。请修改表格后重试，或选择只导入无误的行。</source>
        <comment>roster.has_errors</comment>
        <translation>{count} rows have errors; nothing was imported. Fix the file, or import only the valid rows.</translation>
    </message>
    <message>
        <source>身份证号码被 Excel 存成了数字，后几位已丢失；请把该列设为“文本”后重新录入。</source>
        <comment>roster.id_as_number</comment>
        <translation>Excel stored the ID number as a number and lost its last digits; set the column to Text and re-enter it.</translation>
    </message>
    <message>
        <source>已导入 {n} 名志愿者。</source>
        <comment>roster.imported</comment>
        <translation>Imported {n} volunteers.</translation>
    </message>
    <message>
        <source>此人尚未登记在人员档案中。登记新人员需要“登记和修改人员”权限：请社工或站长导入，或由站长在“账号与权限”中为本角色授予该权限；已登记的人可以照常导入（勾选“跳过有错误的行，只导入无误的行”）。</source>
        <comment>roster.may_not_register</comment>
        <translation>This person is not in the registry yet. Registering new people needs the permission “register and edit people”: ask a social worker or the station head to import, or the station head can grant it to this role under Accounts and roles. People already registered can be imported as usual (tick “Skip rows with errors and import only the correct rows”).</translation>
    </message>
    <message>
        <source>姓名为空。</source>
        <comment>roster.name_missing</comment>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>队伍“{team}”尚不存在，导入时将新建。</source>
        <comment>roster.new_team</comment>
        <translation>Team {team} does not exist yet; it will be created.</translation>
    </message>
    <message>
        <source>（无姓名）</source>
        <comment>roster.no_name</comment>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>请指定“姓名”所在的列。</source>
        <comment>roster.no_name_column</comment>
        <translation>Choose the column that holds the name.</translation>
    </message>
    <message>
        <source>无法读取 {path}：不是有效的 .xlsx 文件（{reason}）。旧的 .xls 请先在 Excel 中另存为 .xlsx。</source>
        <comment>roster.not_xlsx</comment>
        <translation>Cannot read {path}: not a valid .xlsx file ({reason}). Save old .xls files as .xlsx first.</translation>
    </message>
    <message>
        <source>（自动编号）</source>
        <comment>roster.number_automatic</comment>
        <translation>(number given on import)</translation>
    </message>
    <message>
        <source>志愿者编号 {number} 已被 {name} 使用。</source>
        <comment>roster.number_taken</comment>
        <translation>Volunteer number {number} is used by {name}.</translation>
    </message>
    <message>
        <source>手机号以数字格式保存（{raw}），已按 {fixed} 读取。</source>
        <comment>roster.phone_as_number</comment>
        <translation>The phone was stored as a number ({raw}); read as {fixed}.</translation>
    </message>
    <message>
        <source>手机号被 Excel 存成了科学计数法（{raw}），数字已丢失；请改为文本后重新录入。</source>
        <comment>roster.phone_lost</comment>
        <translation>Excel turned the phone into scientific notation ({raw}) and lost digits; re-enter it as text.</translation>
    </message>
    <message>
        <source>第 {row} 行 {name} {number} {team}</source>
        <comment>roster.row</comment>
        <translation>Row {row} {name} {number} {team}</translation>
    </message>
    <message>
        <source>第 {row} 行 {name}：{errors}</source>
        <comment>roster.row_errors</comment>
        <translation>Row {row} {name}: {errors}</translation>
    </message>
    <message>
        <source>（{notes}）</source>
        <comment>roster.row_notes</comment>
        <translation> ({notes})</translation>
    </message>
    <message>
        <source>有错误的 {n} 行：</source>
        <comment>roster.rows_with_errors</comment>
        <translation>{n} rows with errors:</translation>
    </message>
    <message>
        <source>跳过 {n} 行：</source>
        <comment>roster.skipped</comment>
        <translation>Skipped {n} rows:</translation>
    </message>
    <message>
        <source>新建队伍：{teams}。</source>
        <comment>roster.teams_created</comment>
        <translation> New teams: {teams}.</translation>
    </message>
    <message>
        <source>{path} 太大，不像是一份名册（{detail}）。名册最多 {rows} 行、{columns} 列；请只保留名册所在的工作表。</source>
        <comment>roster.too_large</comment>
        <translation>{path} is too large for a roster ({detail}). A roster has at most {rows} rows and {columns} columns; keep only the roster's sheet.</translation>
    </message>
    <message>
        <source>已作废：{serial}（{name}，{start} 至 {end}）原因：{reason}</source>
        <comment>roster.voided</comment>
        <translation>Voided: {serial} ({name}, {start} to {end}), reason: {reason}</translation>
    </message>
    <message>
        <source>将导入 {n} 行（试运行，未写入任何数据）：</source>
        <comment>roster.would_import</comment>
        <translation>Would import {n} rows (a dry run; nothing was written):</translation>
    </message>
    <message>
        <source>搜索内容不能超过 {max} 个字。</source>
        <comment>search.too_long</comment>
        <translation>A search can have at most {max} characters.</translation>
    </message>
    <message>
        <source>本站数据库</source>
        <comment>selftest.check.database</comment>
        <translation>station database</translation>
    </message>
    <message>
        <source>新数据库的迁移</source>
        <comment>selftest.check.new_database</comment>
        <translation>migrations on a new database</translation>
    </message>
    <message>
        <source>旧数据库的升级</source>
        <comment>selftest.check.older_database</comment>
        <translation>upgrade of an older database</translation>
    </message>
    <message>
        <source>中文打印</source>
        <comment>selftest.check.printing</comment>
        <translation>printing in Chinese</translation>
    </message>
    <message>
        <source>Qt 插件（含 QtPdf）</source>
        <comment>selftest.check.qt_plugins</comment>
        <translation>Qt plugins (QtPdf included)</translation>
    </message>
    <message>
        <source>界面翻译</source>
        <comment>selftest.check.translations</comment>
        <translation>translations</translation>
    </message>
    <message>
        <source>失败 FAILED {check}：{detail}</source>
        <comment>selftest.failed</comment>
        <translation>FAILED {check}: {detail}</translation>
    </message>
    <message>
        <source>自检失败 selftest failed: {count}</source>
        <comment>selftest.failures</comment>
        <translation>selftest failed: {count} problem(s)</translation>
    </message>
    <message>
        <source>数据文件夹 data folder: {path}</source>
        <comment>selftest.folder</comment>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <source>找不到可嵌入的中文字体（Windows：微软雅黑、黑体或宋体；Linux：文泉驿或 Noto）</source>
        <comment>selftest.no_font</comment>
        <translation>no Chinese font to embed (Windows: Microsoft YaHei, SimHei or SimSun; Linux: WenQuanYi or Noto)</translation>
    </message>
    <message>
        <source>{check}：正常（{detail}）</source>
        <comment>selftest.ok</comment>
        <translation>{check}: ok ({detail})</translation>
    </message>
    <message>
        <source>页面 page {key} ({title}): ok</source>
        <comment>selftest.page</comment>
        <translation>page {key} ({title}): ok</translation>
    </message>
    <message>
        <source>失败 FAILED page {key}: {error}</source>
        <comment>selftest.page_failed</comment>
        <translation>FAILED page {key}: {error}</translation>
    </message>
    <message>
        <source>各页面：跳过（先用 stationdesk init 建立站点）</source>
        <comment>selftest.pages_skipped</comment>
        <translation>pages: skipped (set the station up first with stationdesk init)</translation>
    </message>
    <message>
        <source>自检通过 selftest passed</source>
        <comment>selftest.passed</comment>
        <translation>selftest passed</translation>
    </message>
    <message>
        <source>平台 {platform}，{formats} 种图片格式，打印与 PDF</source>
        <comment>selftest.plugins</comment>
        <translation>platform {platform}, {formats} image formats, printing and PDF</translation>
    </message>
    <message>
        <source>字体 {font} 已嵌入，{size} KB</source>
        <comment>selftest.printed</comment>
        <translation>font {font} embedded, {size} KB</translation>
    </message>
    <message>
        <source>共 {count} 个迁移</source>
        <comment>selftest.revisions</comment>
        <translation>{count} migrations</translation>
    </message>
    <message>
        <source>{check}：跳过（用 --older-database 指定一个旧版本的数据库）</source>
        <comment>selftest.skipped</comment>
        <translation>{check}: skipped (name an older database with --older-database)</translation>
    </message>
    <message>
        <source>从 {old} 升级，人员 {people} 人，记录 {records} 条，一条未少</source>
        <comment>selftest.upgraded</comment>
        <translation>upgraded from {old}, {people} people, {records} records, none lost</translation>
    </message>
    <message>
        <source>年龄范围应在 0 到 120 岁之间，且下限不大于上限。</source>
        <comment>service.age_range</comment>
        <translation>Ages go from 0 to 120, the lower limit not above the upper one.</translation>
    </message>
    <message>
        <source>请选择服务类别。</source>
        <comment>service.category_required</comment>
        <translation>Choose the service category.</translation>
    </message>
    <message>
        <source>服务类别“{category}”不在服务类别列表中。</source>
        <comment>service.category_unknown</comment>
        <translation>“{category}” is not in the list of service categories.</translation>
    </message>
    <message>
        <source>服务对象类别无效。</source>
        <comment>service.group_unknown</comment>
        <translation>Unknown target group.</translation>
    </message>
    <message>
        <source>所选的志愿服务项目不存在或已删除。</source>
        <comment>service.project_unknown</comment>
        <translation>The chosen project does not exist.</translation>
    </message>
    <message>
        <source>所选的资源不存在或已删除。</source>
        <comment>service.resource_unknown</comment>
        <translation>The chosen resource does not exist.</translation>
    </message>
    <message>
        <source>所选的志愿服务队不存在或已删除。</source>
        <comment>service.team_unknown</comment>
        <translation>The chosen team does not exist.</translation>
    </message>
    <message>
        <source>请选择服务类别或服务项目。</source>
        <comment>service_record.category_required</comment>
        <translation>Choose the category or the service.</translation>
    </message>
    <message>
        <source>服务类别“{category}”不在服务类别列表中。</source>
        <comment>service_record.category_unknown</comment>
        <translation>“{category}” is not in the list of service categories.</translation>
    </message>
    <message>
        <source>服务人数（{count}）不能少于已选的服务对象（{named} 人）。</source>
        <comment>service_record.count_below_named</comment>
        <translation>The number served ({count}) cannot be below the people named ({named}).</translation>
    </message>
    <message>
        <source>服务日期不能晚于今天。</source>
        <comment>service_record.date_future</comment>
        <translation>The service date cannot be after today.</translation>
    </message>
    <message>
        <source>请填写服务日期。</source>
        <comment>service_record.date_required</comment>
        <translation>Please enter the date of the service.</translation>
    </message>
    <message>
        <source>结束时间 {end} 应晚于开始时间 {start}。</source>
        <comment>service_record.end_before_start</comment>
        <translation>The end time {end} must be after the start time {start}.</translation>
    </message>
    <message>
        <source>服务时长应为 0 到 24 小时。</source>
        <comment>service_record.minutes</comment>
        <translation>The duration is 0 to 24 hours.</translation>
    </message>
    <message>
        <source>请选择服务对象，或填写服务人数（至少 1 人）。</source>
        <comment>service_record.nobody</comment>
        <translation>Choose the people served, or give how many were served (at least 1).</translation>
    </message>
    <message>
        <source>{name} 尚未登记为志愿者，不能计入志愿服务时长；请先在“志愿者”页登记。</source>
        <comment>service_record.not_volunteer</comment>
        <translation>{name} is not a registered volunteer; register them on the Volunteers page first.</translation>
    </message>
    <message>
        <source>有服务对象不在人员档案中或已删除。</source>
        <comment>service_record.person_unknown</comment>
        <translation>A person served is not in the registry.</translation>
    </message>
    <message>
        <source>所选的服务项目、队伍或资源不存在或已删除。</source>
        <comment>service_record.provider_unknown</comment>
        <translation>The chosen service, team or resource does not exist.</translation>
    </message>
    <message>
        <source>满意度应为 1 到 5 分。</source>
        <comment>service_record.satisfaction</comment>
        <translation>Satisfaction is 1 to 5.</translation>
    </message>
    <message>
        <source>“{label}”不能超过 {max} 个字。</source>
        <comment>service_record.text_too_long</comment>
        <translation>“{label}” can have at most {max} characters.</translation>
    </message>
    <message>
        <source>有志愿者参与时，请填写开始和结束时间，以便计算服务时长。</source>
        <comment>service_record.times_for_volunteers</comment>
        <translation>With volunteers, give the start and end times so their hours can be counted.</translation>
    </message>
    <message>
        <source>志愿者 {name}：{problem}</source>
        <comment>service_record.volunteer_shift</comment>
        <translation>Volunteer {name}: {problem}</translation>
    </message>
    <message>
        <source>请填写确认人姓名。</source>
        <comment>shift.confirmer_required</comment>
        <translation>Please enter who confirms.</translation>
    </message>
    <message>
        <source>每位志愿者每天最多计入 {hours} 小时服务时长。</source>
        <comment>shift.daily_cap</comment>
        <translation>A volunteer is credited at most {hours} hours a day.</translation>
    </message>
    <message>
        <source>每天最多计入的时长应在 0.5 到 24 小时之间。</source>
        <comment>shift.daily_cap_range</comment>
        <translation>The daily cap lies between 0.5 and 24 hours.</translation>
    </message>
    <message>
        <source>服务时长以半小时为单位（如 1.5 小时）。</source>
        <comment>shift.half_hours_only</comment>
        <translation>Hours go in half-hour units (e.g. 1.5).</translation>
    </message>
    <message>
        <source>服务时间 {signed_out} 还没到，不能提前登记。</source>
        <comment>shift.in_future</comment>
        <translation>{signed_out} has not happened yet; shifts are recorded afterwards.</translation>
    </message>
    <message>
        <source>该记录已由 {by} 确认并锁定，只能通过“更正”修改（需写明原因）。</source>
        <comment>shift.locked</comment>
        <translation>This shift was confirmed by {by} and is locked; change it through a correction with a reason.</translation>
    </message>
    <message>
        <source>签退时间（{signed_out}）必须晚于签到时间（{signed_in}）。</source>
        <comment>shift.out_before_in</comment>
        <translation>Sign-out ({signed_out}) must be after sign-in ({signed_in}).</translation>
    </message>
    <message>
        <source>每天最多计 {cap} 小时；当天还可计 {left} 小时。</source>
        <comment>shift.over_daily_cap</comment>
        <translation>At most {cap} hours a day count; {left} are left for that day.</translation>
    </message>
    <message>
        <source>该志愿者在 {other} 已有服务记录，时间不能重叠。</source>
        <comment>shift.overlap</comment>
        <translation>This volunteer already served {other}; shifts cannot overlap.</translation>
    </message>
    <message>
        <source>修改服务时长必须写明原因。</source>
        <comment>shift.reason_required</comment>
        <translation>A correction needs a written reason.</translation>
    </message>
    <message>
        <source>一次服务不能超过 {hours} 小时，请核对日期和时间。</source>
        <comment>shift.too_long</comment>
        <translation>A shift cannot exceed {hours} hours; check the dates and times.</translation>
    </message>
    <message>
        <source>该志愿者已退出，不能再登记服务时长。</source>
        <comment>shift.volunteer_left</comment>
        <translation>This volunteer has left; no new shifts can be recorded.</translation>
    </message>
    <message>
        <source>请先选择志愿者（输入姓名、拼音或编号查找）。</source>
        <comment>shift.volunteer_required</comment>
        <translation>Choose the volunteer first (find them by name, pinyin or number).</translation>
    </message>
    <message>
        <source>（未归属）</source>
        <comment>shifts.no_group</comment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>站点编码只能由字母、数字和短横线组成（2-32 位）。</source>
        <comment>station.code_format</comment>
        <translation>A station code has 2-32 letters, digits or dashes.</translation>
    </message>
    <message>
        <source>此数据文件夹属于站点 {existing}，不能改为 {requested}。如需新站点，请使用另一个数据文件夹（--data-dir）。</source>
        <comment>station.code_mismatch</comment>
        <translation>This data folder belongs to station {existing}, not {requested}. Use another data folder (--data-dir) for a new station.</translation>
    </message>
    <message>
        <source>请填写站点名称。</source>
        <comment>station.name_required</comment>
        <translation>Please enter the station name.</translation>
    </message>
    <message>
        <source>尚未设置站点。请先运行 stationdesk init --station-code 编码 --station-name 名称，或启动图形界面完成首次设置。</source>
        <comment>station.not_initialised</comment>
        <translation>No station is set up yet. Run stationdesk init --station-code CODE --station-name NAME, or start the GUI to set it up.</translation>
    </message>
    <message>
        <source>各站点：{section}</source>
        <comment>statistics.by_station</comment>
        <translation>Stations: {section}</translation>
    </message>
    <message>
        <source>环比</source>
        <comment>statistics.change</comment>
        <translation>Change</translation>
    </message>
    <message>
        <source>图表</source>
        <comment>statistics.charts</comment>
        <translation>Charts</translation>
    </message>
    <message>
        <source>全市统计报表（{period}）</source>
        <comment>statistics.city_title</comment>
        <translation>City statistics report ({period})</translation>
    </message>
    <message>
        <source>全市合计</source>
        <comment>statistics.city_total</comment>
        <translation>City total</translation>
    </message>
    <message>
        <source>全市</source>
        <comment>statistics.city_value</comment>
        <translation>City</translation>
    </message>
    <message>
        <source>站点编码</source>
        <comment>statistics.code</comment>
        <translation>Station code</translation>
    </message>
    <message>
        <source>报送情况（按时截止 {deadline}）</source>
        <comment>statistics.completeness</comment>
        <translation>Reporting (on time by {deadline})</translation>
    </message>
    <message>
        <source>收到覆盖本期的同步包</source>
        <comment>statistics.covered_at</comment>
        <translation>Bundle covering the period received</translation>
    </message>
    <message>
        <source>数据天数</source>
        <comment>statistics.data_age</comment>
        <translation>Age of data (days)</translation>
    </message>
    <message>
        <source>数据截至</source>
        <comment>statistics.data_up_to</comment>
        <translation>Data up to</translation>
    </message>
    <message>
        <source>按时截止日</source>
        <comment>statistics.deadline</comment>
        <translation>On-time deadline</translation>
    </message>
    <message>
        <source>口径</source>
        <comment>statistics.definition</comment>
        <translation>Definition</translation>
    </message>
    <message>
        <source>指标口径</source>
        <comment>statistics.definitions</comment>
        <translation>What each figure counts</translation>
    </message>
    <message>
        <source>应报站点</source>
        <comment>statistics.expected</comment>
        <translation>Stations expected</translation>
    </message>
    <message>
        <source>已导出 {path}</source>
        <comment>statistics.exported</comment>
        <translation>Written {path}</translation>
    </message>
    <message>
        <source>主要指标</source>
        <comment>statistics.figures</comment>
        <translation>Figures</translation>
    </message>
    <message>
        <source>填报人</source>
        <comment>statistics.filled_by</comment>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>负责人</source>
        <comment>statistics.in_charge</comment>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>指标</source>
        <comment>statistics.indicator</comment>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>统计日期</source>
        <comment>statistics.made_on</comment>
        <translation>Counted on</translation>
    </message>
    <message>
        <source>站点名称</source>
        <comment>statistics.name</comment>
        <translation>Station name</translation>
    </message>
    <message>
        <source>指标“{indicator}”没有“{breakdown}”这种分类。</source>
        <comment>statistics.no_breakdown</comment>
        <translation>The indicator “{indicator}” has no breakdown “{breakdown}”.</translation>
    </message>
    <message>
        <source>按时报送</source>
        <comment>statistics.on_time</comment>
        <translation>On time</translation>
    </message>
    <message>
        <source>导出文件名应以 .pdf 或 .xlsx 结尾：{path}</source>
        <comment>statistics.out_suffix</comment>
        <translation>The file to write must end in .pdf or .xlsx: {path}</translation>
    </message>
    <message>
        <source>统计期间</source>
        <comment>statistics.period</comment>
        <translation>Period</translation>
    </message>
    <message>
        <source>上期</source>
        <comment>statistics.previous</comment>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>已报站点</source>
        <comment>statistics.received</comment>
        <translation>Stations reported</translation>
    </message>
    <message>
        <source>应报送站点 {expected} 个，已报送 {received} 个（报送率 {rate}），按时 {on_time} 个（及时率 {timely}）。</source>
        <comment>statistics.reporting</comment>
        <translation>{received} of {expected} stations reported ({rate}), {on_time} on time ({timely}).</translation>
    </message>
    <message>
        <source>报送率</source>
        <comment>statistics.reporting_rate</comment>
        <translation>Reporting rate</translation>
    </message>
    <message>
        <source>全市 {n} 个站点</source>
        <comment>statistics.scope_city</comment>
        <translation>the city's {n} stations</translation>
    </message>
    <message>
        <source>本站</source>
        <comment>statistics.scope_station</comment>
        <translation>the station</translation>
    </message>
    <message>
        <source>分类</source>
        <comment>statistics.section</comment>
        <translation>Area</translation>
    </message>
    <message>
        <source>报送情况</source>
        <comment>statistics.sheet_completeness</comment>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>指标</source>
        <comment>statistics.sheet_figures</comment>
        <translation>Figures</translation>
    </message>
    <message>
        <source>各站点</source>
        <comment>statistics.sheet_stations</comment>
        <translation>Stations</translation>
    </message>
    <message>
        <source>站点</source>
        <comment>statistics.station</comment>
        <translation>Station</translation>
    </message>
    <message>
        <source>{name}（{unit}）：各站点</source>
        <comment>statistics.stations_chart</comment>
        <translation>{name} ({unit}) by station</translation>
    </message>
    <message>
        <source>站点数</source>
        <comment>statistics.stations_count</comment>
        <translation>Stations</translation>
    </message>
    <message>
        <source>报送状态</source>
        <comment>statistics.status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>逾期</source>
        <comment>statistics.status_late</comment>
        <translation>Late</translation>
    </message>
    <message>
        <source>未报</source>
        <comment>statistics.status_missing</comment>
        <translation>Not received</translation>
    </message>
    <message>
        <source>按时</source>
        <comment>statistics.status_on_time</comment>
        <translation>On time</translation>
    </message>
    <message>
        <source>{period}，{scope}联动志愿服务队伍 {teams} 支、志愿服务项目 {projects} 个，注册志愿者 {volunteers} 名，其中 {active} 名参与服务，累计服务 {hours} 小时；服务群众 {people} 人、{services} 人次，其中探访老年人 {visits} 人次，满意率 {satisfaction}；辅导儿童 {children} 名、{sessions} 课次；开展活动 {activities} 场、参与 {participants} 人次；培训志愿者 {trained} 人；收集群众需求 {needs} 件，满足 {met} 件（满足率 {met_rate}），服务对象满意率 {need_satisfaction}。</source>
        <comment>statistics.summary</comment>
        <translation>In {period}, {scope} worked with {teams} volunteer teams and {projects} projects, with {volunteers} registered volunteers, {active} of whom served {hours} hours; it served {people} people ({services} person-times), visiting elders {visits} times with {satisfaction} satisfied; it tutored {children} children in {sessions} sessions, held {activities} activities with {participants} participants and trained {trained} volunteers; it took up {needs} needs of residents and met {met} ({met_rate} of those closed), with {need_satisfaction} of the people served satisfied.</translation>
    </message>
    <message>
        <source>本期</source>
        <comment>statistics.this_period</comment>
        <translation>This period</translation>
    </message>
    <message>
        <source>及时率</source>
        <comment>statistics.timely_rate</comment>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>统计报表（{period}）</source>
        <comment>statistics.title</comment>
        <translation>Statistics report ({period})</translation>
    </message>
    <message>
        <source>{name}（近 {months} 个月）</source>
        <comment>statistics.trend</comment>
        <translation>{name} (last {months} months)</translation>
    </message>
    <message>
        <source>单位</source>
        <comment>statistics.unit</comment>
        <translation>Unit</translation>
    </message>
    <message>
        <source>数量</source>
        <comment>statistics.value</comment>
        <translation>This period</translation>
    </message>
    <message>
        <source>本站已登记到市级平台 {city}，无需重复登记。</source>
        <comment>sync.already_enrolled</comment>
        <translation>This station is already enrolled with {city}.</translation>
    </message>
    <message>
        <source>  市级签名密钥 {signing}   加密密钥 {encryption}</source>
        <comment>sync.city_keys</comment>
        <translation>  city signing key {signing}   encryption key {encryption}</translation>
    </message>
    <message>
        <source>找不到这条冲突，或它已处理。</source>
        <comment>sync.conflict_not_found</comment>
        <translation>This conflict does not exist or was already resolved.</translation>
    </message>
    <message>
        <source>已登记到 {name}（{code}）。请与市级平台电话核对以下指纹：</source>
        <comment>sync.enrolled</comment>
        <translation>Enrolled at {name} ({code}). Check these fingerprints with the city by phone:</translation>
    </message>
    <message>
        <source>登记文件无效（{reason}）。</source>
        <comment>sync.enrolment_invalid</comment>
        <translation>The enrolment file is invalid ({reason}).</translation>
    </message>
    <message>
        <source>这份登记文件是给站点 {station} 的，本站是 {me}。</source>
        <comment>sync.enrolment_other_station</comment>
        <translation>This enrolment file is for station {station}; this is {me}.</translation>
    </message>
    <message>
        <source>已导出并校验：{path}（序号 {since}→{up_to}，共 {total} 条记录）</source>
        <comment>sync.exported</comment>
        <translation>Exported and checked: {path} (sequence {since}→{up_to}, {total} records)</translation>
    </message>
    <message>
        <source>本机密钥文件已损坏（{folder}）。</source>
        <comment>sync.keys_damaged</comment>
        <translation>The key files are damaged ({folder}).</translation>
    </message>
    <message>
        <source>找不到本机密钥（{folder}）。</source>
        <comment>sync.keys_missing</comment>
        <translation>The keys are missing ({folder}).</translation>
    </message>
    <message>
        <source>本站尚未登记到市级平台，不能导出。请先向市社会工作部门索取登记文件，然后运行 stationdesk enroll 登记文件（或在“数据同步”页点“登记”）。</source>
        <comment>sync.not_enrolled</comment>
        <translation>This station is not enrolled with the city and cannot export. Get the enrolment file from the city, then run stationdesk enroll FILE (or 数据同步 &gt; 登记).</translation>
    </message>
    <message>
        <source>未处理冲突：{n}</source>
        <comment>sync.open_conflicts</comment>
        <translation>Open conflicts: {n}</translation>
    </message>
    <message>
        <source>  本站签名密钥 {signing}   加密密钥 {encryption}</source>
        <comment>sync.station_keys</comment>
        <translation>  this station's signing key {signing}   encryption key {encryption}</translation>
    </message>
    <message>
        <source>市级平台：{name}（{code}）；已确认到序号 {acked}，当前序号 {current}</source>
        <comment>sync.status_city</comment>
        <translation>City hub: {name} ({code}); acknowledged up to {acked}, current sequence {current}</translation>
    </message>
    <message>
        <source>上次导出：{exported}；上次导入：{imported}</source>
        <comment>sync.status_last</comment>
        <translation>Last export: {exported}; last import: {imported}</translation>
    </message>
    <message>
        <source>本站尚未登记到市级平台。</source>
        <comment>sync.status_not_enrolled</comment>
        <translation>This station is not enrolled at a city hub yet.</translation>
    </message>
    <message>
        <source>待发送记录：{n}</source>
        <comment>sync.waiting</comment>
        <translation>Records waiting to be sent: {n}</translation>
    </message>
    <message>
        <source>待发送记录：{n}（{detail}）</source>
        <comment>sync.waiting_detail</comment>
        <translation>Records waiting to be sent: {n} ({detail})</translation>
    </message>
    <message>
        <source>写入后回读校验失败：{path}。U 盘可能有问题，请换一个再试。文件已删除。</source>
        <comment>sync.write_verify_failed</comment>
        <translation>Reading back the written bundle failed: {path}. The drive may be faulty; try another. The file was removed.</translation>
    </message>
    <message>
        <source>活动</source>
        <comment>table.activity</comment>
        <translation>activities</translation>
    </message>
    <message>
        <source>活动参与者</source>
        <comment>table.activity_participant</comment>
        <translation>activity participants</translation>
    </message>
    <message>
        <source>能力评估</source>
        <comment>table.assessment</comment>
        <translation>assessments</translation>
    </message>
    <message>
        <source>评估得分</source>
        <comment>table.assessment_score</comment>
        <translation>assessment scores</translation>
    </message>
    <message>
        <source>维护列表项</source>
        <comment>table.catalog_item</comment>
        <translation>list entries</translation>
    </message>
    <message>
        <source>派单</source>
        <comment>table.dispatch</comment>
        <translation>dispatches</translation>
    </message>
    <message>
        <source>老人档案</source>
        <comment>table.elder_profile</comment>
        <translation>elder profiles</translation>
    </message>
    <message>
        <source>跟进事项</source>
        <comment>table.follow_up</comment>
        <translation>follow-ups</translation>
    </message>
    <message>
        <source>监护人同意</source>
        <comment>table.guardian_consent</comment>
        <translation>guardian consents</translation>
    </message>
    <message>
        <source>监护关系</source>
        <comment>table.guardianship</comment>
        <translation>guardianships</translation>
    </message>
    <message>
        <source>需求</source>
        <comment>table.need</comment>
        <translation>needs</translation>
    </message>
    <message>
        <source>需求状态变更</source>
        <comment>table.need_state_change</comment>
        <translation>need status changes</translation>
    </message>
    <message>
        <source>人员档案</source>
        <comment>table.person</comment>
        <translation>people</translation>
    </message>
    <message>
        <source>人员信息更正</source>
        <comment>table.person_correction</comment>
        <translation>person corrections</translation>
    </message>
    <message>
        <source>资源</source>
        <comment>table.resource</comment>
        <translation>resources</translation>
    </message>
    <message>
        <source>服务记录</source>
        <comment>table.service_record</comment>
        <translation>service records</translation>
    </message>
    <message>
        <source>服务对象</source>
        <comment>table.service_record_person</comment>
        <translation>people served</translation>
    </message>
    <message>
        <source>服务志愿者</source>
        <comment>table.service_record_volunteer</comment>
        <translation>serving volunteers</translation>
    </message>
    <message>
        <source>时长更正</source>
        <comment>table.shift_correction</comment>
        <translation>hour corrections</translation>
    </message>
    <message>
        <source>站点服务</source>
        <comment>table.station_service</comment>
        <translation>station services</translation>
    </message>
    <message>
        <source>队伍成员</source>
        <comment>table.team_membership</comment>
        <translation>team members</translation>
    </message>
    <message>
        <source>课堂考勤</source>
        <comment>table.tutoring_attendance</comment>
        <translation>attendance</translation>
    </message>
    <message>
        <source>个案记录</source>
        <comment>table.tutoring_case_note</comment>
        <translation>case notes</translation>
    </message>
    <message>
        <source>辅导班</source>
        <comment>table.tutoring_class</comment>
        <translation>Tutoring classes</translation>
    </message>
    <message>
        <source>班级辅导员</source>
        <comment>table.tutoring_class_tutor</comment>
        <translation>class tutors</translation>
    </message>
    <message>
        <source>报名</source>
        <comment>table.tutoring_enrolment</comment>
        <translation>enrolments</translation>
    </message>
    <message>
        <source>课次</source>
        <comment>table.tutoring_session</comment>
        <translation>sessions</translation>
    </message>
    <message>
        <source>课次辅导员</source>
        <comment>table.tutoring_session_tutor</comment>
        <translation>session tutors</translation>
    </message>
    <message>
        <source>课表时段</source>
        <comment>table.tutoring_slot</comment>
        <translation>timetable slots</translation>
    </message>
    <message>
        <source>探访</source>
        <comment>table.visit</comment>
        <translation>visits</translation>
    </message>
    <message>
        <source>探访人员</source>
        <comment>table.visit_visitor</comment>
        <translation>visitors</translation>
    </message>
    <message>
        <source>志愿者</source>
        <comment>table.volunteer</comment>
        <translation>volunteers</translation>
    </message>
    <message>
        <source>志愿者表彰</source>
        <comment>table.volunteer_award</comment>
        <translation>volunteer awards</translation>
    </message>
    <message>
        <source>服务时长证明</source>
        <comment>table.volunteer_certificate</comment>
        <translation>hour certificates</translation>
    </message>
    <message>
        <source>志愿服务项目</source>
        <comment>table.volunteer_project</comment>
        <translation>volunteer projects</translation>
    </message>
    <message>
        <source>志愿服务时长</source>
        <comment>table.volunteer_shift</comment>
        <translation>volunteer shifts</translation>
    </message>
    <message>
        <source>志愿者队伍</source>
        <comment>table.volunteer_team</comment>
        <translation>volunteer teams</translation>
    </message>
    <message>
        <source>志愿者培训</source>
        <comment>table.volunteer_training</comment>
        <translation>volunteer trainings</translation>
    </message>
    <message>
        <source>{name} 尚未登记为志愿者，不能担任队长；请先在“志愿者”页登记。</source>
        <comment>team.leader_not_volunteer</comment>
        <translation>{name} is not a registered volunteer and cannot lead a team; register them on the Volunteers page first.</translation>
    </message>
    <message>
        <source>请填写队伍名称。</source>
        <comment>team.name_required</comment>
        <translation>Please enter the team's name.</translation>
    </message>
    <message>
        <source>已有名为“{name}”的队伍。</source>
        <comment>team.name_taken</comment>
        <translation>A team named {name} already exists.</translation>
    </message>
    <message>
        <source>“{field}”中有控制字符（{character}，如响铃、退格或终端转义符），请删除后再保存。</source>
        <comment>text.control_character</comment>
        <translation>“{field}” holds a control character ({character}, such as a bell, a backspace or a terminal escape); remove it and save again.</translation>
    </message>
    <message>
        <source>时间“{value}”无效，请输入如 0930、930 或 9:30。</source>
        <comment>time.format</comment>
        <translation>The time “{value}” is invalid; type e.g. 0930, 930 or 9:30.</translation>
    </message>
    <message>
        <source>请填写培训课程。</source>
        <comment>training.course_required</comment>
        <translation>Please enter the course.</translation>
    </message>
    <message>
        <source>培训日期不能晚于今天。</source>
        <comment>training.date_future</comment>
        <translation>The training date cannot be after today.</translation>
    </message>
    <message>
        <source>请填写活动主题。</source>
        <comment>tutoring.activity_subject</comment>
        <translation>Please enter what the activity is about.</translation>
    </message>
    <message>
        <source>{name} 已在“{class_name}”中。</source>
        <comment>tutoring.already_enrolled</comment>
        <translation>{name} is already enrolled in {class_name}.</translation>
    </message>
    <message>
        <source>空白行数应为 0 到 {max} 之间的整数。</source>
        <comment>tutoring.blank_rows</comment>
        <translation>Blank rows must be a whole number from 0 to {max}.</translation>
    </message>
    <message>
        <source>容量不能为负数（0 表示不限）。</source>
        <comment>tutoring.capacity_negative</comment>
        <translation>Capacity cannot be negative (0 means no limit).</translation>
    </message>
    <message>
        <source>个案记录内容不能为空。</source>
        <comment>tutoring.case_note_empty</comment>
        <translation>The case note is empty.</translation>
    </message>
    <message>
        <source>记录日期不能晚于今天。</source>
        <comment>tutoring.case_note_future</comment>
        <translation>The note's date cannot be after today.</translation>
    </message>
    <message>
        <source>有 {count} 个辅导班都叫“{name}”，请改用班级编号。</source>
        <comment>tutoring.class_ambiguous</comment>
        <translation>{count} classes are named {name}; use the class id.</translation>
    </message>
    <message>
        <source>找不到辅导班“{key}”。请用 stationdesk list classes 查看班级编号和名称。</source>
        <comment>tutoring.class_not_found</comment>
        <translation>No class “{key}”; see stationdesk list classes for ids and names.</translation>
    </message>
    <message>
        <source>结班日期 {on} 早于开班日期 {start}。</source>
        <comment>tutoring.close_before_start</comment>
        <translation>The closing date {on} is before the class started ({start}).</translation>
    </message>
    <message>
        <source>{on} 之后的课次已有考勤记录，不能在 {on} 结班；请选较晚的结班日期。</source>
        <comment>tutoring.close_with_later_attendance</comment>
        <translation>Sessions after {on} already have attendance; choose a later closing date.</translation>
    </message>
    <message>
        <source>无法识别节假日“{value}”，请写成 2026-07-01 或 2026-07-01~2026-07-03，用逗号分隔。</source>
        <comment>tutoring.holiday_format</comment>
        <translation>Cannot read the holiday “{value}”; write 2026-07-01 or 2026-07-01~2026-07-03, comma-separated.</translation>
    </message>
    <message>
        <source>班级类型“{value}”无效，可选：{choices}。</source>
        <comment>tutoring.kind_unknown</comment>
        <translation>Unknown class kind {value}; choose from {choices}.</translation>
    </message>
    <message>
        <source>月份“{value}”无效，请写成 2026-07。</source>
        <comment>tutoring.month_format</comment>
        <translation>The month {value} is invalid; write e.g. 2026-07.</translation>
    </message>
    <message>
        <source>请填写辅导班名称。</source>
        <comment>tutoring.name_required</comment>
        <translation>Please enter the class name.</translation>
    </message>
    <message>
        <source>辅导班名称不能超过 {max} 个字。</source>
        <comment>tutoring.name_too_long</comment>
        <translation>A class name can have at most {max} characters.</translation>
    </message>
    <message>
        <source>{name} 的监护人（{guardians}）尚未登记书面同意（或同意已撤回），不能报名。请先在人员档案中登记监护人同意。</source>
        <comment>tutoring.no_consent</comment>
        <translation>{name}'s guardian ({guardians}) has not given consent on record (or withdrew it); record the consent first.</translation>
    </message>
    <message>
        <source>{name} 还没有登记监护人，也没有监护人同意书，不能报名。请先在人员档案中添加监护人并登记其书面同意。</source>
        <comment>tutoring.no_guardian</comment>
        <translation>{name} has no guardian and no guardian consent on record, so cannot be enrolled. Add a guardian and record their consent first.</translation>
    </message>
    <message>
        <source>该班还没有每周上课时间，请先在班级信息里填写（如“周一 15:30-17:30”）。</source>
        <comment>tutoring.no_slots</comment>
        <translation>The class has no weekly times yet; add them first (e.g. Mon 15:30-17:30).</translation>
    </message>
    <message>
        <source>{name} 不是登记在册的儿童，不能报名辅导班。请先在人员档案中勾选“儿童”。</source>
        <comment>tutoring.not_a_child</comment>
        <translation>{name} is not registered as a child and cannot be enrolled. Mark them as a child in the registry first.</translation>
    </message>
    <message>
        <source>该儿童不在本次辅导的名单中，未保存。</source>
        <comment>tutoring.not_enrolled</comment>
        <translation>This child is not on the list of this session; nothing was saved.</translation>
    </message>
    <message>
        <source>{name}：考勤为“{status}”，却填了送达或接走时间；请改考勤状态或清空时间（Delete）。</source>
        <comment>tutoring.not_here_with_times</comment>
        <translation>{name}: marked “{status}” but a drop-off or pick-up time is filled in; change the attendance or clear the times (Delete).</translation>
    </message>
    <message>
        <source>“{class_name}”已满员（容量 {capacity} 人，已报名 {enrolled} 人）。仍要报名 {name} 吗？</source>
        <comment>tutoring.over_capacity</comment>
        <translation>{class_name} is full (capacity {capacity}, {enrolled} enrolled). Enrol {name} anyway?</translation>
    </message>
    <message>
        <source>{name}：接走时间早于送达时间，请核对。</source>
        <comment>tutoring.pickup_before_dropoff</comment>
        <translation>{name}: the pick-up time is before the drop-off time.</translation>
    </message>
    <message>
        <source>{name}：接走人“{who}”不是登记的监护人，请在“非监护人接走说明”中写明是谁、与孩子的关系及谁同意的。</source>
        <comment>tutoring.pickup_needs_note</comment>
        <translation>{name}: {who} is not a listed guardian; note who it was, their relation and who agreed.</translation>
    </message>
    <message>
        <source>本班在 {day} {start} 已有一个课次。</source>
        <comment>tutoring.session_clash</comment>
        <translation>The class already has a session on {day} at {start}.</translation>
    </message>
    <message>
        <source>请填写课次日期。</source>
        <comment>tutoring.session_day_required</comment>
        <translation>Please enter the session's date.</translation>
    </message>
    <message>
        <source>{day} 的课次已记录了 {n} 名儿童的考勤，不能取消。如课次改期，请用“修改课次时间”。</source>
        <comment>tutoring.session_has_attendance</comment>
        <translation>The session of {day} already has attendance for {n} children and cannot be cancelled; to move it, change its date and time.</translation>
    </message>
    <message>
        <source>活动类型“{value}”无效，可选：{choices}。</source>
        <comment>tutoring.session_kind</comment>
        <translation>Unknown session kind {value}; choose from {choices}.</translation>
    </message>
    <message>
        <source>结束时间（{end}）应晚于开始时间（{start}）。</source>
        <comment>tutoring.session_order</comment>
        <translation>The end ({end}) must be after the start ({start}).</translation>
    </message>
    <message>
        <source>无法识别上课时间“{value}”，请写成“周一 15:30-17:30”，每行一个。</source>
        <comment>tutoring.slot_format</comment>
        <translation>Cannot read the time “{value}”; write e.g. “周一 15:30-17:30”, one per line.</translation>
    </message>
    <message>
        <source>{weekday} 的结束时间（{end}）应晚于开始时间（{start}）。</source>
        <comment>tutoring.slot_order</comment>
        <translation>On {weekday} the end ({end}) must be after the start ({start}).</translation>
    </message>
    <message>
        <source>缺勤</source>
        <comment>tutoring.status.absent</comment>
        <translation>Absent</translation>
    </message>
    <message>
        <source>迟到</source>
        <comment>tutoring.status.late</comment>
        <translation>Late</translation>
    </message>
    <message>
        <source>请假</source>
        <comment>tutoring.status.leave</comment>
        <translation>On leave</translation>
    </message>
    <message>
        <source>早退</source>
        <comment>tutoring.status.left_early</comment>
        <translation>Left early</translation>
    </message>
    <message>
        <source>出勤</source>
        <comment>tutoring.status.present</comment>
        <translation>Attended</translation>
    </message>
    <message>
        <source>{name}：考勤状态“{value}”无效，可选：{choices}。</source>
        <comment>tutoring.status_unknown</comment>
        <translation>{name}: unknown attendance status {value}; choose from {choices}.</translation>
    </message>
    <message>
        <source>结束日期（{end}）不能早于开始日期（{start}）。</source>
        <comment>tutoring.term_order</comment>
        <translation>The end date ({end}) is before the start ({start}).</translation>
    </message>
    <message>
        <source>一个学期最长 {max} 天，请分段生成。</source>
        <comment>tutoring.term_too_long</comment>
        <translation>A term can last at most {max} days; generate it in parts.</translation>
    </message>
    <message>
        <source>辅导员不能是登记为儿童的人员。</source>
        <comment>tutoring.tutor_is_child</comment>
        <translation>A tutor cannot be a person registered as a child.</translation>
    </message>
    <message>
        <source>星期几无效：{value}。</source>
        <comment>tutoring.weekday</comment>
        <translation>Invalid weekday: {value}.</translation>
    </message>
    <message>
        <source>血糖应为 1.0 到 35.0 之间的数字（mmol/L）。</source>
        <comment>visit.blood_glucose_format</comment>
        <translation>Blood glucose is a number from 1.0 to 35.0 (mmol/L).</translation>
    </message>
    <message>
        <source>血压应写成 收缩压/舒张压，如 135/85。</source>
        <comment>visit.blood_pressure_format</comment>
        <translation>Blood pressure is written systolic/diastolic, e.g. 135/85.</translation>
    </message>
    <message>
        <source>探访日期 {visited_on} 晚于今天，不能登记尚未发生的探访。</source>
        <comment>visit.date_in_future</comment>
        <translation>The visit date {visited_on} is after today; a visit cannot be recorded before it happens.</translation>
    </message>
    <message>
        <source>请填写探访日期。</source>
        <comment>visit.date_required</comment>
        <translation>Please enter the visit date.</translation>
    </message>
    <message>
        <source>请选择被探访的老人。</source>
        <comment>visit.elder_required</comment>
        <translation>Choose the elder who was visited.</translation>
    </message>
    <message>
        <source>该老人不在人员档案中，或已被删除。</source>
        <comment>visit.elder_unknown</comment>
        <translation>This elder is not in the registry or was deleted.</translation>
    </message>
    <message>
        <source>结束时间 {end} 早于开始时间 {start}。</source>
        <comment>visit.end_before_start</comment>
        <translation>The end time {end} is before the start time {start}.</translation>
    </message>
    <message>
        <source>跟进期限不能早于探访日期。</source>
        <comment>visit.follow_up_due_before_visit</comment>
        <translation>The follow-up due date cannot be before the visit.</translation>
    </message>
    <message>
        <source>填写了跟进事项，请同时填写跟进期限。</source>
        <comment>visit.follow_up_due_required</comment>
        <translation>A follow-up action needs a due date.</translation>
    </message>
    <message>
        <source>请选择探访方式（{choices}）。</source>
        <comment>visit.kind_unknown</comment>
        <translation>Choose how the visit was made ({choices}).</translation>
    </message>
    <message>
        <source>{name} 未登记为老年人，请先在人员档案中勾选“老年人”。</source>
        <comment>visit.not_elder</comment>
        <translation>{name} is not registered as an elder; tick “elder” in the registry first.</translation>
    </message>
    <message>
        <source>满意度只能是：满意、基本满意、不满意。</source>
        <comment>visit.satisfaction_unknown</comment>
        <translation>Satisfaction is one of 满意, 基本满意, 不满意.</translation>
    </message>
    <message>
        <source>“{label}”不能超过 {max} 个字。</source>
        <comment>visit.text_too_long</comment>
        <translation>“{label}” can have at most {max} characters.</translation>
    </message>
    <message>
        <source>时间应写成 时:分，如 09:30。</source>
        <comment>visit.time_format</comment>
        <translation>Times are written hours:minutes, e.g. 09:30.</translation>
    </message>
    <message>
        <source>探访人不在人员档案中或已删除。</source>
        <comment>visit.visitor_unknown</comment>
        <translation>A visitor is not in the registry or was deleted.</translation>
    </message>
    <message>
        <source>“{tier}”的探访间隔应为 1 到 {max} 天（现为 {value}）。</source>
        <comment>visit_plan.interval_range</comment>
        <translation>The visit interval of “{tier}” must be 1 to {max} days (got {value}).</translation>
    </message>
    <message>
        <source>风险分层只能是 高风险、重点、一般，或留空按评估等级自动判断。</source>
        <comment>visit_plan.tier_unknown</comment>
        <translation>The risk tier is high, priority or general, or empty to derive it.</translation>
    </message>
    <message>
        <source>{name} 已是志愿者（编号 {number}）。</source>
        <comment>volunteer.already</comment>
        <translation>{name} is already a volunteer (number {number}).</translation>
    </message>
    <message>
        <source>登记志愿者需要出生日期（或身份证号码），以核对年龄。</source>
        <comment>volunteer.birth_unknown</comment>
        <translation>A volunteer needs a birth date (or ID number) so the age can be checked.</translation>
    </message>
    <message>
        <source>{age} 岁的未成年人登记为志愿者，须先在人员档案中登记监护人同意。</source>
        <comment>volunteer.needs_consent</comment>
        <translation>A minor aged {age} needs a guardian's consent recorded in the registry before registering.</translation>
    </message>
    <message>
        <source>找不到志愿者编号 {number}。</source>
        <comment>volunteer.not_found</comment>
        <translation>No volunteer with number {number}.</translation>
    </message>
    <message>
        <source>志愿者编号只能由字母、数字和短横线组成（最多 32 位）。</source>
        <comment>volunteer.number_format</comment>
        <translation>A volunteer number has at most 32 letters, digits or dashes.</translation>
    </message>
    <message>
        <source>志愿者编号 {number} 已被使用。</source>
        <comment>volunteer.number_taken</comment>
        <translation>Volunteer number {number} is already in use.</translation>
    </message>
    <message>
        <source>请先在列表中选择一个人。</source>
        <comment>volunteer.person_required</comment>
        <translation>Choose a person in the list first.</translation>
    </message>
    <message>
        <source>登记日期不能晚于今天。</source>
        <comment>volunteer.registered_future</comment>
        <translation>The registration date cannot be after today.</translation>
    </message>
    <message>
        <source>状态只能是 在册、暂停 或 退出。</source>
        <comment>volunteer.status</comment>
        <translation>The status is one of 在册, 暂停, 退出.</translation>
    </message>
    <message>
        <source>未满 14 周岁（现 {age} 岁）不能登记为志愿者，可由家长陪同参加活动。</source>
        <comment>volunteer.under_14</comment>
        <translation>Under 14 (now {age}) cannot register as a volunteer; they may take part accompanied by a parent.</translation>
    </message>
</context>
</TS>