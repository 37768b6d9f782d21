# Mensagens para os códigos de erro do servidor.

error-code-not-found = Não encontramos isso. Talvez tenha sido removido.
error-code-bad-request = Não entendemos a solicitação. Recarregue a página e tente de novo.
error-code-invalid-input = Alguns dados não estão corretos. Confira os campos destacados.
error-code-malformed-json = A solicitação chegou corrompida. Recarregue a página e tente de novo.
error-code-invalid-body = Faltaram dados ou vieram dados inesperados. Recarregue a página e tente de novo.
error-code-invalid-query = O endereço tem um parâmetro que não entendemos. Confira o link e tente de novo.
error-code-unsupported-media-type = Este tipo de arquivo ou de dado não é aceito aqui.
error-code-payload-too-large = É grande demais para enviar. Escolha um arquivo menor.
error-code-method-not-allowed = Esta ação não é possível aqui.
error-code-unauthenticated = Entre na sua conta para continuar.
error-code-invalid-credentials = O e-mail ou a senha não estão corretos.
error-code-wrong-role = Sua conta não tem permissão para fazer isso.
error-code-csrf-check-failed = Não conseguimos confirmar sua sessão. Recarregue a página e tente de novo.
error-code-email-taken = Já existe uma conta com este e-mail.
error-code-stale-version = Isto foi alterado em outro lugar. Recarregue para ver a versão mais recente antes de salvar.
error-code-blocked-by-rules = Isto viola uma regra da plataforma. Veja os detalhes abaixo.
error-code-too-many-requests = Muitas tentativas. Aguarde um pouco e tente de novo.
error-code-no-shop = Você ainda não tem uma loja. Abra uma primeiro na central do vendedor.
error-code-shop-exists = Você já tem uma loja.
error-code-shop-name-taken = Este nome de loja já está em uso. Escolha outro.
error-code-not-pending = Esta solicitação já foi analisada.
error-code-not-published = Este anúncio não está publicado.
error-code-listing-suspended = Este anúncio está suspenso e não pode ser alterado.
error-code-internal = Algo deu errado do nosso lado. Tente de novo.
error-code-document-on-file = Este documento já está registrado ou aguardando análise.

# --- Trust and safety (issue 7): penalties, appeals, promotions, disputes, reviews. ---
error-code-shop-restricted = As operações da sua loja estão restritas por uma penalidade. Veja Penalidades na central do vendedor.
error-code-shop-suspended = As vendas da sua loja estão suspensas. Os anúncios não podem ser publicados nem comprados até a penalidade terminar.
error-code-shop-closed = A Caravan encerrou a parceria com esta loja.
error-code-promotion-banned = Sua loja está proibida de fazer promoções por enquanto. Veja a data de término em Penalidades.
error-code-appeal-exists = Você já recorreu desta penalidade.
error-code-penalty-lifted = Esta penalidade já foi retirada.
penalty-reason-staff-finding = A equipe da Caravan constatou uma violação de { $rule }: { $facts }
penalty-reason-ip-closure = As infrações de propriedade intelectual atingiram o limite ({ $serious } graves, { $points } pontos), então a parceria termina.
error-code-promotion-overlap = Alguns destes produtos já estão em outra promoção nesse período.
error-code-promotion-terms-frozen = Depois que a promoção é aprovada, os produtos e o tipo de desconto não mudam. Você só pode aumentar o estoque ou o desconto.
error-code-promotion-closed = Esta promoção terminou, foi recusada ou foi retirada.
error-code-dispute-exists = Este pedido já tem uma disputa. Continue por ela na página do pedido.
error-code-dispute-closed = Esta disputa está encerrada.
error-code-dispute-wrong-step = Isso não é possível nesta etapa da disputa.
error-code-dispute-open = Este pedido tem uma disputa aberta. O resultado decide o que acontece com o pagamento, ou retire a disputa antes.
error-code-escrow-not-held = O pagamento deste pedido não está mais retido, então não pode ser reembolsado assim.
error-code-buyer-only = Só o comprador pode fazer isso.
error-code-order-not-completed = Você pode avaliar um pedido depois que ele for concluído.
error-code-review-exists = Você já avaliou este pedido.

# Orders, payment and fulfilment (issue 7).
error-code-cart-changed = Alguns itens do seu carrinho mudaram ou não podem mais ser pedidos. Confira os itens destacados e tente novamente.
error-code-idempotency-key-missing = Não foi possível enviar o pedido com segurança. Recarregue a página e tente novamente.
error-code-idempotency-key-invalid = Não foi possível enviar o pedido com segurança. Recarregue a página e tente novamente.
error-code-idempotency-key-reused = Este pedido já foi enviado com outro conteúdo. Recarregue a página para começar um novo pedido.
error-code-not-payable = Este pedido não pode mais ser pago. Ele expirou ou foi cancelado.
error-code-payment-in-progress = Seu pagamento está sendo processado. Aguarde um momento e recarregue a página.
error-code-card-declined = Seu cartão foi recusado. Tente outro cartão.
error-code-payment-retry = Não foi possível concluir o pagamento agora. Nada foi cobrado. Tente novamente.
error-code-not-cancellable = Este pedido não pode mais ser cancelado porque já foi enviado.
error-code-not-confirmable = O recebimento só pode ser confirmado uma vez, depois que o pedido for enviado.
error-code-not-shippable = Só é possível enviar pedidos pagos que ainda não foram enviados.
error-code-not-in-transit = Atualizações de rastreamento só podem ser adicionadas a pedidos enviados e ainda não entregues.

# Account: address book (account helper, journey 9).
error-code-address-book-full = Seu catálogo de endereços está cheio (20 endereços). Remova um para salvar outro.
