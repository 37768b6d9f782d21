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
