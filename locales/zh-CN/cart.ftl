# Buying: the product page's quantity and "Add to cart", the cart page and the totals block (cart, checkout,
# orders). Loaded with the product page and the account area.
product-quantity = 数量
product-add-to-cart = 加入购物车
product-added =
    { $count ->
       *[other] 已加入。购物车中有 { $count } 件此商品。
    }
product-view-cart = 查看购物车
product-cart-full = 购物车已满。请先结算或移除部分商品。
product-deal = 优惠
product-flash-deal = 限时秒杀
quantity-fewer = 减少一件
quantity-more = 增加一件
cart-title =
    { $count ->
        [0] 购物车
       *[other] 购物车（{ $count } 件）
    }
cart-empty = 您的购物车是空的。
cart-continue = 继续购物
cart-deliver-to = 配送至
cart-pricing = 正在核对价格和运费…
cart-quote-failed = 暂时无法核对价格和库存，购物车显示的是您之前看到的价格。购物车已保存。
cart-quantity-of = { $item } 的数量
cart-remove-item = 移除 { $item }
cart-remove = 移除
cart-accept-price = 接受新价格
cart-take-available = 改为 { $count } 件
cart-cheapest-shipping = 使用最便宜的配送方式
cart-summary = 订单摘要
cart-fix-problems = 结算前请处理标出的商品。
cart-checkout = 去结算
cart-problem-unavailable = 此商品已下架。
cart-problem-not-shipped = 此商品不配送至{ $country }。
cart-problem-class-unavailable = 所选配送方式无法送达{ $country }。
cart-problem-out-of-stock = 已售罄。
cart-problem-over-stock = 仅剩 { $count } 件。
cart-problem-over-limit = 每笔订单最多 { $count } 件。
cart-problem-invalid-quantity = 数量至少为 1。
cart-problem-price-changed = 价格已从 { $was } 变为 { $now }。
cart-problem-price-changed-plain = 价格已变化。
cart-problem-duplicate = 此商品在购物车中出现了两次。
cart-problem-own-listing = 这是您自己店铺的商品，无法购买。
totals-items = 商品
totals-discount = 优惠
totals-shipping = 运费
totals-total = 合计
totals-free = 免运费
totals-charged = 实际扣款 { $amount }（{ $currency }）。按 { $rate } 换算，为 { $date } 的参考汇率。

# Delivery days of a shipping option: the product page's shipping list and the checkout's.
product-delivery-days = { $min }–{ $max } 天
