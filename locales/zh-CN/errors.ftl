# 服务器错误代码对应的提示。

error-code-not-found = 没有找到，可能已被删除。
error-code-bad-request = 无法识别该请求。请刷新页面后重试。
error-code-invalid-input = 部分信息有误，请检查标出的字段。
error-code-malformed-json = 请求在传输中损坏。请刷新页面后重试。
error-code-invalid-body = 请求缺少信息或包含多余信息。请刷新页面后重试。
error-code-invalid-query = 链接中有无法识别的参数。请检查链接后重试。
error-code-unsupported-media-type = 此处不接受该类型的文件或数据。
error-code-payload-too-large = 文件太大，无法上传。请选择较小的文件。
error-code-method-not-allowed = 此处无法执行该操作。
error-code-unauthenticated = 请先登录。
error-code-invalid-credentials = 邮箱或密码不正确。
error-code-wrong-role = 您的账户无权执行此操作。
error-code-csrf-check-failed = 无法确认您的会话。请刷新页面后重试。
error-code-email-taken = 该邮箱已注册。
error-code-stale-version = 内容已在别处修改。请刷新查看最新版本后再保存。
error-code-blocked-by-rules = 此操作违反平台规则，详情见下方。
error-code-too-many-requests = 尝试次数过多，请稍后再试。
error-code-no-shop = 您还没有店铺。请先在卖家中心开店。
error-code-shop-exists = 您已经有店铺了。
error-code-shop-name-taken = 该店铺名称已被使用，请换一个。
error-code-not-pending = 该申请已处理。
error-code-not-published = 该商品未发布。
error-code-listing-suspended = 该商品已被暂停，无法修改。
error-code-internal = 我们这边出了点问题，请重试。
error-code-document-on-file = 该文件已存档或正在等待审核。

# --- Trust and safety (issue 7): penalties, appeals, promotions, disputes, reviews. ---
error-code-shop-restricted = 您的店铺因处罚被限制操作。请在卖家中心的“处罚”中查看。
error-code-shop-suspended = 您的店铺已被暂停交易。处罚结束前，商品无法发布或购买。
error-code-shop-closed = Caravan 已终止与该店铺的合作。
error-code-promotion-banned = 您的店铺目前被禁止参加促销活动。结束日期请在“处罚”中查看。
error-code-appeal-exists = 您已就此处罚提出过申诉。
error-code-penalty-lifted = 该处罚已被解除。
penalty-reason-staff-finding = Caravan 工作人员发现违反 { $rule }：{ $facts }
penalty-reason-ip-closure = 知识产权侵权已达上限（严重 { $serious } 次，{ $points } 分），合作终止。
error-code-promotion-overlap = 部分商品在该时间段已参加其他促销活动。
error-code-promotion-terms-frozen = 促销活动获批后，商品和折扣类型不可更改，只能增加库存或加大折扣。
error-code-promotion-closed = 该促销活动已结束、被拒绝或已撤回。
error-code-dispute-exists = 该订单已有纠纷，请在订单页面继续处理。
error-code-dispute-closed = 该纠纷已关闭。
error-code-dispute-wrong-step = 纠纷处于当前阶段，无法进行此操作。
error-code-dispute-open = 该订单有未结纠纷，款项处理以纠纷结果为准，或先撤回纠纷。
error-code-escrow-not-held = 该订单的款项已不在托管中，无法以此方式退款。
error-code-buyer-only = 只有买家可以执行此操作。
error-code-order-not-completed = 订单完成后才能评价。
error-code-review-exists = 您已评价过该订单。

# Orders, payment and fulfilment (issue 7).
error-code-cart-changed = 购物车中的部分商品已变更或无法再下单。请检查标出的商品后重试。
error-code-idempotency-key-missing = 订单未能安全提交。请刷新页面后重试。
error-code-idempotency-key-invalid = 订单未能安全提交。请刷新页面后重试。
error-code-idempotency-key-reused = 此订单已用不同的内容提交过。请刷新页面重新下单。
error-code-not-payable = 此订单已无法支付：已过期或已取消。
error-code-payment-in-progress = 您的付款正在处理中。请稍候并刷新页面。
error-code-card-declined = 您的银行卡被拒绝。请换一张卡。
error-code-payment-retry = 暂时无法完成付款，未产生任何扣款。请重试。
error-code-not-cancellable = 此订单已发货，无法取消。
error-code-not-confirmable = 只能在订单发货后确认收货，且只能确认一次。
error-code-not-shippable = 只有已付款且尚未发货的订单才能发货。
error-code-not-in-transit = 只能为已发货且尚未送达的订单添加物流信息。

# Account: address book (account helper, journey 9).
error-code-address-book-full = 您的地址簿已满（20 个地址）。请先删除一个再保存新地址。
