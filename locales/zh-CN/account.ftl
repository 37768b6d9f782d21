# The buyer's account area: sign-in, cart, checkout, orders, disputes, reviews, account (loaded when it opens).

account-area-title = 我的账户

# Sign-in, registration and the account overview (buyer helper).
form-error-network = 无法连接到 Caravan。请检查网络连接后重试。
form-show-password = 显示
field-error-required = 请填写此项。
field-error-invalid = 请检查此项。
field-error-email-invalid = 请输入类似 name@example.com 的电子邮箱地址。
field-error-email-taken = 此邮箱已注册账户，请直接登录。
field-error-password-too-short = 至少使用 8 个字符。
field-error-password-too-long = 最多使用 128 个字符。
field-error-password-too-common = 此密码过于常见，容易被猜到。请换一个。
field-error-password-contains-email = 密码不能包含您的邮箱用户名。
field-error-name-length = 请使用 1 到 60 个字符。
field-email = 电子邮箱
field-password = 密码
field-display-name = 名称
field-display-name-hint = 卖家可以看到，并会显示在您的评价旁。
field-new-password-hint = 至少 8 个字符。较长的短语容易记住，也难以被猜到。
signin-title = 登录
signin-submit = 登录
signin-busy = 正在登录…
signin-new-here = 第一次使用 Caravan？
signin-create-account = 创建账户
register-title = 创建您的账户
register-role = 您想做什么？
register-role-buyer = 购物
register-role-seller = 在 Caravan 上开店
register-submit = 创建账户
register-busy = 正在创建账户…
register-have-account = 已有账户？
register-sign-in = 登录
account-profile = 个人资料
account-links = 您的购物
account-cart = 购物车
account-seller-center = 卖家中心
account-console = 平台控制台
account-sign-out = 退出登录

# Account settings: profile, address book in the account, preferences saved to the account (account helper, journey 9).
account-profile-save = 保存名称
account-profile-saved = 您的名称已保存。
account-book-hint = 保存在您的账户中：在任何登录的设备上结账时都可使用。
account-book-empty = 还没有保存的地址。添加一个，或您下一个订单的地址会保存在这里。
account-book-full = 您的地址簿已满（20 个地址）。请先删除一个再添加。
account-address-add = 添加地址
account-address-new = 新地址
account-address-editing = 编辑地址
account-address-default-check = 结账时默认使用此地址
account-address-save = 保存地址
account-address-cancel = 取消
account-address-saved = 地址已保存。
account-address-removed = 地址已删除。
account-address-default-set = 默认地址已更改。
account-address-gone = 此地址已在此期间被删除。保存即可作为新地址添加。
account-address-edit = 编辑地址 { $address }
account-address-edit-short = 编辑
account-address-make-default = 将 { $address } 设为默认地址
account-address-make-default-short = 设为默认
account-device-addresses = { $count ->
   *[other] 有 { $count } 个地址仅保存在此浏览器中（登录前保存）：
}
account-device-keep = 保存到我的账户
account-device-forget = 忘记它们
account-preferences-hint = 保存在您的账户中，在其他设备登录时使用。
account-preferences-saved = 已保存到您的账户。
account-preferences-not-saved = 未保存到您的账户。
address-default = 默认
address-postal-code-none = 该国家/地区没有邮政编码，请留空。
address-country-invalid = 请从列表中选择国家/地区。
