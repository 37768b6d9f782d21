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
