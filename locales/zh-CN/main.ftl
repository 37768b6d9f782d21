# 通用文本：品牌、导航、各页面共用的状态。

brand-name = Caravan
brand-tagline = 全球好物，送货到家
skip-to-content = 跳到主要内容
loading = 正在加载…
action-retry = 重试
error-load-failed = 加载失败。请检查网络连接后重试。
error-not-found = 没有找到您要的内容，可能已被删除。
not-found-title = 页面不存在
not-found-body = 您访问的页面不存在或已移动。
not-found-home = 返回商店
language-label = 语言
currency-label = 货币
locale-load-failed = 无法加载“{ $language }”。页面仍使用当前语言。
fx-unavailable = 暂时无法获取汇率，价格以美元显示。
notice-dismiss = 关闭

# Header: account and cart links (buyer journeys).
header-shopper-label = 您的账户和购物车
header-sign-in = 登录
header-cart =
    { $count ->
        [0] 购物车为空
       *[other] 购物车，{ $count } 件商品
    }
