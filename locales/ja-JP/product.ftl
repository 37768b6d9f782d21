# The product page's words: fetched with its code, the first time a product page opens.

breadcrumbs-label = カテゴリー
gallery-label = 商品画像
gallery-show-image = 画像 { $number } を表示
product-combination-unavailable = この組み合わせはご購入いただけません
product-in-stock = 在庫 { $count } 点
product-out-of-stock = 在庫切れ
product-shipping = 配送
product-specifications = 仕様
product-description = 商品説明
shop-ships-from = 発送元：{ $country }
shop-return-policy = 返品・返金
product-charged-in = お支払いは { $currency } で請求されます：{ $amount }
product-converted-at = 他の通貨での金額は { $date } の参考レートによる概算です。
