# The platform console's screens (loaded when the console opens).

console-title = プラットフォーム管理画面

## Platform console: frame and review queues (issue 4)

console-nav-label = 管理画面のメニュー
console-nav-overview = 概要
console-nav-shops = ショップ申請
console-nav-documents = 許可証とブランド
console-nav-fx = 為替レート
console-sign-in-needed = 管理画面を使うには、プラットフォームのアカウントでログインしてください。
console-sign-in = ログイン
console-not-admin = このアカウントはプラットフォーム管理画面を使えません。
console-overview-title = プラットフォーム管理画面
console-policy-title = ルールポリシー
console-policy-version = プラットフォームはポリシーのバージョン { $version } で判定しています。
console-queue-shops = 審査待ちのショップ申請：{ $count }
console-queue-documents = 審査待ちの書類：{ $count }
console-queue-empty = ここには何もありません。
console-filter-status = 表示
console-status-pending = 審査待ち
console-status-approved = 承認済み
console-status-rejected = 却下
console-shops-title = ショップ申請
console-shop-country = 国
console-shop-company = 会社
console-shop-licence = 事業登録
console-shop-representative = 法定代表者
console-shop-email = 会社のメールアドレス
console-shop-email-verified = （確認済み）
console-shop-email-unverified = （未確認）
console-shop-phone = カスタマーサービスの電話番号
console-shop-emergency = 緊急連絡先
console-shop-type = アカウントの種類
console-shop-category = 主なカテゴリ
console-shop-regions = 販売地域
console-reject-reason = 理由（セラーに表示されます）
console-reject-reason-hint = 判断の根拠となった事実とルール、セラーが変更できる点を書いてください。
console-reason-length = 判断の理由を 10～1000 文字で説明してください。
console-approve = 承認
console-reject = 却下
console-rejected-because = 却下：{ $reason }
console-documents-title = 許可証とブランド
console-kind-licence = 許可証
console-kind-qualification = 資格書類
console-kind-brand = ブランド許諾
console-document-shop = ショップ番号
console-document-reference = 書類情報
console-fx-title = 為替レート
console-fx-intro = 欧州中央銀行の日次参照レート（eurofxref-daily.xml）を取り込みます。購入者には最新日のレートで換算した価格が表示され、注文には請求時のレートが記録されます。
console-fx-file = レートファイル
console-fx-xml = またはファイルの内容を貼り付け
console-fx-import = レートを取り込む
console-fx-imported = { $date } のレートを { $count } 通貨分取り込みました。
