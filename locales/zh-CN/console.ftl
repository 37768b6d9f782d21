# The platform console's screens (loaded when the console opens).

console-title = 平台控制台

## Platform console: frame and review queues (issue 4)

console-nav-label = 控制台栏目
console-nav-overview = 概览
console-nav-shops = 店铺申请
console-nav-documents = 资质与品牌
console-nav-fx = 汇率
console-sign-in-needed = 请使用平台账号登录以使用控制台。
console-sign-in = 登录
console-not-admin = 此账号无法使用平台控制台。
console-overview-title = 平台控制台
console-policy-title = 规则策略
console-policy-version = 平台当前使用的策略版本为 { $version }。
console-queue-shops = 待审核的店铺申请：{ $count }
console-queue-documents = 待审核的资料：{ $count }
console-queue-empty = 暂无内容。
console-filter-status = 显示
console-status-pending = 待审核
console-status-approved = 已通过
console-status-rejected = 已拒绝
console-shops-title = 店铺申请
console-shop-country = 国家/地区
console-shop-company = 公司
console-shop-licence = 营业执照
console-shop-representative = 法定代表人
console-shop-email = 公司邮箱
console-shop-email-verified = （已验证）
console-shop-email-unverified = （未验证）
console-shop-phone = 客服电话
console-shop-emergency = 紧急联系人
console-shop-type = 账号类型
console-shop-category = 主营类目
console-shop-regions = 销售地区
console-reject-reason = 原因（卖家可见）
console-reject-reason-hint = 说明作出决定所依据的事实和规则，以及卖家可以修改什么。
console-reason-length = 请用 10 至 1000 个字符说明决定。
console-approve = 通过
console-reject = 拒绝
console-rejected-because = 已拒绝：{ $reason }
console-documents-title = 资质与品牌
console-kind-licence = 许可证
console-kind-qualification = 资质
console-kind-brand = 品牌授权
console-document-shop = 店铺编号
console-document-reference = 证件信息
console-fx-title = 汇率
console-fx-intro = 导入欧洲央行每日参考汇率（eurofxref-daily.xml）。买家看到按最新一天汇率换算的价格；订单会记录扣款时使用的汇率。
console-fx-file = 汇率文件
console-fx-xml = 或粘贴文件内容
console-fx-import = 导入汇率
console-fx-imported = 已导入 { $date } 的汇率，共 { $count } 种货币。
