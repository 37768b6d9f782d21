# The buyer's account area: sign-in, cart, checkout, orders, disputes, reviews, account (loaded when it opens).

account-area-title = アカウント

# Sign-in, registration and the account overview (buyer helper).
form-error-network = Caravan に接続できませんでした。接続を確認して、もう一度お試しください。
form-show-password = 表示
field-error-required = この項目を入力してください。
field-error-invalid = この項目を確認してください。
field-error-email-invalid = name@example.com のようなメールアドレスを入力してください。
field-error-email-taken = このメールアドレスのアカウントは既にあります。ログインしてください。
field-error-password-too-short = 8 文字以上にしてください。
field-error-password-too-long = 128 文字以内にしてください。
field-error-password-too-common = このパスワードはよく使われていて推測されやすいため、別のものにしてください。
field-error-password-contains-email = パスワードにメールアドレスの名前部分を含めないでください。
field-error-name-length = 1〜60 文字で入力してください。
field-email = メールアドレス
field-password = パスワード
field-display-name = 名前
field-display-name-hint = 出品者に表示され、レビューにも表示されます。
field-new-password-hint = 8 文字以上。長いフレーズは覚えやすく、推測されにくくなります。
signin-title = ログイン
signin-submit = ログイン
signin-busy = ログイン中…
signin-new-here = Caravan は初めてですか？
signin-create-account = アカウントを作成
register-title = アカウントを作成
register-role = 何をしますか？
register-role-buyer = 買い物をする
register-role-seller = Caravan で販売する
register-submit = アカウントを作成
register-busy = アカウントを作成中…
register-have-account = 既にアカウントをお持ちですか？
register-sign-in = ログイン
account-profile = プロフィール
account-links = ショッピング
account-cart = カート
account-seller-center = セラーセンター
account-console = プラットフォーム管理画面
account-sign-out = ログアウト

# Account settings: profile, address book in the account, preferences saved to the account (account helper, journey 9).
account-profile-save = 名前を保存
account-profile-saved = 名前を保存しました。
account-book-hint = アカウントに保存されます。ログインしたどの端末でも、購入手続きで選べます。
account-book-empty = 保存された住所はまだありません。追加するか、次のご注文の住所がここに保存されます。
account-book-full = 住所録がいっぱいです（20 件）。追加するには 1 件削除してください。
account-address-add = 住所を追加
account-address-new = 新しい住所
account-address-editing = 住所を編集
account-address-default-check = 購入手続きでこの住所を既定にする
account-address-save = 住所を保存
account-address-cancel = キャンセル
account-address-saved = 住所を保存しました。
account-address-removed = 住所を削除しました。
account-address-default-set = 既定の住所を変更しました。
account-address-gone = この住所はその間に削除されました。保存すると新しい住所として追加されます。
account-address-edit = 住所 { $address } を編集
account-address-edit-short = 編集
account-address-make-default = { $address } を既定の住所にする
account-address-make-default-short = 既定にする
account-device-addresses = { $count ->
   *[other] ログイン前に保存した { $count } 件の住所が、このブラウザーにだけ保存されています：
}
account-device-keep = アカウントに保存
account-device-forget = 削除する
account-preferences-hint = アカウントに保存され、別の端末でログインしたときに使われます。
account-preferences-saved = アカウントに保存しました。
account-preferences-not-saved = アカウントに保存されませんでした。
address-default = 既定
address-postal-code-none = この国には郵便番号がありません。空欄のままにしてください。
address-country-invalid = 一覧から国を選んでください。
