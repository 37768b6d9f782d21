# The product page's words: fetched with its code, the first time a product page opens.

breadcrumbs-label = 分类
gallery-label = 商品图片
gallery-show-image = 查看第 { $number } 张图片
product-combination-unavailable = 该规格组合暂不可售
product-in-stock = 库存 { $count } 件
product-out-of-stock = 已售罄
product-shipping = 配送
product-specifications = 规格参数
product-description = 商品描述
shop-ships-from = 发货地：{ $country }
shop-return-policy = 退换货与退款
product-charged-in = 实际以 { $currency } 扣款：{ $amount }
product-converted-at = 其他货币金额为参考价，按 { $date } 的参考汇率换算。

# Gallery: swipe track, steps and position
gallery-track-label = 商品图片：左右滑动或使用方向键切换
gallery-thumbs-label = 选择图片
gallery-previous = 上一张
gallery-next = 下一张
gallery-position = { $number } / { $count }
gallery-position-spoken = 第 { $number } 张，共 { $count } 张
gallery-picture-alt = { $title }，第 { $number } 张图片，共 { $count } 张

# Ratings and reviews
reviews-title = 评分与评价
reviews-loading = 正在加载评价…
reviews-empty = 暂无评价。买家在订单完成后即可为该商品评分。
reviews-count = { $count } 条评分
reviews-positive = 好评率 { $percent }
reviews-distribution = 各星级评分数量
reviews-stars-row = { $stars } 星
reviews-item-stars = 评分：{ $count } 星（满分 5 星）
reviews-variant = 规格：{ $variant }
reviews-more = 查看更多评价
reviews-more-failed = 未能加载更多评价，请重试。
