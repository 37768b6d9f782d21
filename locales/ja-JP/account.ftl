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
