# 商店：商品目录和商品详情页。

home-title = Caravan 商店
home-popular = 当前热门
categories-label = 分类
categories-all = 全部
catalogue-empty = 这里还没有商品，换个分类看看吧。
catalogue-show-more = 查看更多
price-was = 原价
listing-free-shipping = 包邮
listing-new = 新品
listing-rating = 评分 { $rating }/5
listing-orders = { $count } 笔订单
breadcrumbs-label = 分类
gallery-label = 商品图片
gallery-show-image = 查看第 { $number } 张图片
product-combination-unavailable = 该规格组合暂不可售
product-in-stock = 库存 { $count } 件
product-out-of-stock = 已售罄
product-shipping = 配送
product-delivery-days = { $min }–{ $max } 天
product-specifications = 规格参数
product-description = 商品描述
logistics-economy = 经济物流
logistics-standard = 标准快递
logistics-commercial = 商业快递
logistics-overseas-warehouse = 海外仓
shop-ships-from = 发货地：{ $country }
shop-return-policy = 退换货与退款
price-approximate = 约合价格，由 { $amount } 换算
product-charged-in = 实际以 { $currency } 扣款：{ $amount }
product-converted-at = 其他货币金额为参考价，按 { $date } 的参考汇率换算。

# Search
search-label = 搜索
search-placeholder = 搜索商品