# サーバーのエラーコードに対応するメッセージ。

error-code-not-found = 見つかりませんでした。削除された可能性があります。
error-code-bad-request = リクエストを処理できませんでした。ページを再読み込みして、もう一度お試しください。
error-code-invalid-input = 入力内容に誤りがあります。表示されている項目をご確認ください。
error-code-malformed-json = 送信中にリクエストが壊れました。ページを再読み込みして、もう一度お試しください。
error-code-invalid-body = 送信内容に不足または不要な項目があります。ページを再読み込みして、もう一度お試しください。
error-code-invalid-query = アドレスに認識できない設定が含まれています。リンクを確認して、もう一度お試しください。
error-code-unsupported-media-type = この種類のファイルやデータは受け付けていません。
error-code-payload-too-large = サイズが大きすぎてアップロードできません。小さいファイルを選んでください。
error-code-method-not-allowed = ここではこの操作はできません。
error-code-unauthenticated = 続けるにはログインしてください。
error-code-invalid-credentials = メールアドレスまたはパスワードが正しくありません。
error-code-wrong-role = このアカウントにはこの操作の権限がありません。
error-code-csrf-check-failed = セッションを確認できませんでした。ページを再読み込みして、もう一度お試しください。
error-code-email-taken = このメールアドレスのアカウントはすでに存在します。
error-code-stale-version = 別の場所で変更されています。保存する前に再読み込みして最新の内容をご確認ください。
error-code-blocked-by-rules = プラットフォームのルールに違反しています。詳細は下記をご覧ください。
error-code-too-many-requests = 試行回数が多すぎます。しばらくしてからもう一度お試しください。
error-code-no-shop = まだショップがありません。先にセラーセンターでショップを開設してください。
error-code-shop-exists = すでにショップをお持ちです。
error-code-shop-name-taken = このショップ名はすでに使われています。別の名前を選んでください。
error-code-not-pending = この申請はすでに審査済みです。
error-code-not-published = この商品は公開されていません。
error-code-listing-suspended = この商品は停止中のため変更できません。
error-code-internal = 当社側で問題が発生しました。もう一度お試しください。
error-code-document-on-file = この書類はすでに登録済みか、審査待ちです。
