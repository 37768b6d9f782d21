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

# --- Trust and safety (issue 7): penalties, appeals, promotions, disputes, reviews. ---
error-code-shop-restricted = ペナルティによりショップの操作が制限されています。セラーセンターの「ペナルティ」をご確認ください。
error-code-shop-suspended = ショップの取引が停止されています。ペナルティ終了まで商品の公開・購入はできません。
error-code-shop-closed = Caravan はこのショップとの取引を終了しました。
error-code-promotion-banned = ショップは現在プロモーションへの参加を禁止されています。終了日は「ペナルティ」でご確認ください。
error-code-appeal-exists = このペナルティにはすでに異議を申し立てています。
error-code-penalty-lifted = このペナルティはすでに解除されています。
penalty-reason-staff-finding = Caravan のスタッフが { $rule } への違反を確認しました：{ $facts }
penalty-reason-ip-closure = 知的財産権侵害が上限に達したため（重大 { $serious } 件、{ $points } 点）、取引を終了します。
error-code-promotion-overlap = 一部の商品は、その期間にすでに別のプロモーションに参加しています。
error-code-promotion-terms-frozen = プロモーションの承認後は、商品と割引の種類を変更できません。在庫の追加か割引の拡大のみ可能です。
error-code-promotion-closed = このプロモーションは終了したか、却下されたか、取り下げられました。
error-code-dispute-exists = この注文にはすでに紛争があります。注文ページから続けてください。
error-code-dispute-closed = この紛争は終了しています。
error-code-dispute-wrong-step = 紛争のこの段階ではその操作はできません。
error-code-dispute-open = この注文には未解決の紛争があります。支払いは紛争の結果で決まります。先に紛争を取り下げることもできます。
error-code-escrow-not-held = この注文の代金はすでに預かり状態ではないため、この方法では返金できません。
error-code-buyer-only = この操作は購入者のみ行えます。
error-code-order-not-completed = 注文の完了後にレビューできます。
error-code-review-exists = この注文はすでにレビュー済みです。

# Orders, payment and fulfilment (issue 7).
error-code-cart-changed = カート内の一部の商品が変更されたか、注文できなくなりました。表示された商品を確認して、もう一度お試しください。
error-code-idempotency-key-missing = 注文を安全に送信できませんでした。ページを再読み込みして、もう一度お試しください。
error-code-idempotency-key-invalid = 注文を安全に送信できませんでした。ページを再読み込みして、もう一度お試しください。
error-code-idempotency-key-reused = この注文は別の内容ですでに送信されています。ページを再読み込みして新しい注文を始めてください。
error-code-not-payable = この注文はお支払いできません。期限切れかキャンセル済みです。
error-code-payment-in-progress = お支払いを処理しています。しばらく待ってからページを再読み込みしてください。
error-code-card-declined = カードが承認されませんでした。別のカードをお試しください。
error-code-payment-retry = 現在お支払いを完了できませんでした。請求は発生していません。もう一度お試しください。
error-code-not-cancellable = この注文は発送済みのため、キャンセルできません。
error-code-not-confirmable = 受け取り確認は、注文の発送後に一度だけ行えます。
error-code-not-shippable = 発送できるのは、支払い済みでまだ発送していない注文だけです。
error-code-not-in-transit = 追跡情報を追加できるのは、発送済みでまだ配達されていない注文だけです。

# Account: address book (account helper, journey 9).
error-code-address-book-full = 住所録がいっぱいです（20 件）。新しい住所を保存するには 1 件削除してください。
