# 共通の文言：ブランド、ナビゲーション、全ページで使う状態。

brand-name = Caravan
brand-tagline = 世界中の商品を、ご自宅までお届け
skip-to-content = 本文へスキップ
loading = 読み込み中…
action-retry = 再試行
error-load-failed = 読み込めませんでした。接続を確認して、もう一度お試しください。
error-not-found = お探しのものが見つかりませんでした。削除された可能性があります。
not-found-title = ページが見つかりません
not-found-body = お探しのページは存在しないか、移動しました。
not-found-home = ショップに戻る
language-label = 言語
currency-label = 通貨
locale-load-failed = { $language } を読み込めませんでした。現在の言語のまま表示しています。
fx-unavailable = 現在、為替レートを取得できないため、価格を米ドルで表示しています。
notice-dismiss = 閉じる

# Header: account and cart links (buyer journeys).
header-shopper-label = アカウントとカート
header-sign-in = ログイン
header-cart =
    { $count ->
        [0] カートは空です
       *[other] カート、{ $count } 点
    }
