# Buying: the product page's quantity and "Add to cart", the cart page and the totals block (cart, checkout,
# orders). Loaded with the product page and the account area.
product-quantity = 数量
product-add-to-cart = カートに入れる
product-added =
    { $count ->
       *[other] 追加しました。カートにこの商品が { $count } 点あります。
    }
product-view-cart = カートを見る
product-cart-full = カートがいっぱいです。先に購入手続きをするか、商品を削除してください。
product-deal = セール
product-flash-deal = タイムセール
quantity-fewer = 1 つ減らす
quantity-more = 1 つ増やす
cart-title =
    { $count ->
        [0] カート
       *[other] カート（{ $count } 点）
    }
cart-empty = カートは空です。
cart-continue = 買い物を続ける
cart-deliver-to = お届け先
cart-pricing = 価格と送料を確認しています…
cart-quote-failed = 現在、価格と在庫を確認できないため、表示されていた価格をカートに表示しています。カートは保存されています。
cart-quantity-of = { $item } の数量
cart-remove-item = { $item } を削除
cart-remove = 削除
cart-accept-price = 新しい価格で進む
cart-take-available = { $count } 点に変更
cart-cheapest-shipping = 最も安い配送方法にする
cart-summary = ご注文内容
cart-fix-problems = 購入手続きの前に、確認が必要な商品があります。
cart-checkout = 購入手続きへ
cart-problem-unavailable = この商品は現在販売されていません。
cart-problem-not-shipped = この商品は{ $country }へは配送されません。
cart-problem-class-unavailable = 選択した配送方法は{ $country }へは届きません。
cart-problem-out-of-stock = 売り切れです。
cart-problem-over-stock = 残り { $count } 点のみです。
cart-problem-over-limit = 1 回のご注文につき { $count } 点までです。
cart-problem-invalid-quantity = 数量は 1 以上にしてください。
cart-problem-price-changed = 価格が { $was } から { $now } に変わりました。
cart-problem-price-changed-plain = 価格が変わりました。
cart-problem-duplicate = この商品がカートに 2 回入っています。
cart-problem-own-listing = ご自身のショップの商品のため購入できません。
totals-items = 商品
totals-discount = 割引
totals-shipping = 送料
totals-total = 合計
totals-free = 無料
totals-charged = 請求額は { $currency } で { $amount } です。{ $date } の参考レート { $rate } で換算しています。

# Delivery days of a shipping option: the product page's shipping list and the checkout's.
product-delivery-days = { $min }～{ $max } 日
