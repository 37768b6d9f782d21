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
logistics-economy = 经济物流
logistics-standard = 标准快递
logistics-commercial = 商业快递
logistics-overseas-warehouse = 海外仓
price-approximate = 约合价格，由 { $amount } 换算

# Search
search-label = 搜索
search-placeholder = 搜索商品