# Pedidos, disputas, avaliações, notificações e preferências da conta (área da conta; ajudante buyerorders).

account-orders = Seus pedidos
account-notifications = Notificações
account-preferences = Preferências
account-language = Idioma
account-currency = Moeda dos preços
account-currency-hint = Os preços são convertidos só para informação; os pedidos são cobrados em dólares americanos.
account-addresses = Endereços de entrega
account-address-remove = Remover o endereço { $address }
account-address-remove-short = Remover

orders-title = Seus pedidos
orders-empty = Você ainda não fez nenhum pedido.
orders-start-shopping = Começar a comprar
orders-more = Ver pedidos anteriores
orders-units = { $count ->
    [one] 1 item
   *[other] { $count } itens
}

order-status-awaiting-payment = Aguardando pagamento
order-status-paid = Pago, aguardando envio
order-status-shipped = Enviado
order-status-delivered = Entregue
order-status-completed = Concluído
order-status-cancelled = Cancelado
order-status-expired = Não pago a tempo

order-back = ← Todos os pedidos
order-title = Pedido { $id }
order-from = de { $shop }
order-progress = Andamento
order-step-placed = Feito
order-step-paid = Pago
order-step-shipped = Enviado
order-step-delivered = Entregue
order-step-completed = Concluído
order-step-cancelled = Cancelado
order-step-expired = Expirado, não pago
order-pay-by = Pague a tempo ou ele será cancelado: { $left }.
order-ship-by = O vendedor precisa enviar até { $date } ({ $left }).
order-auto-confirm = Se você não fizer nada, o recebimento será confirmado em { $date } ({ $left }).
order-confirm-receipt = Confirmar recebimento
order-confirm-question = O pedido chegou conforme o anúncio? Ao confirmar, o pagamento é liberado para o vendedor.
order-confirm-yes = Sim, recebi
order-confirmed = Obrigado. O vendedor recebeu o pagamento.
order-cancel = Cancelar pedido
order-cancel-question = Cancelar este pedido? Um pedido pago é reembolsado integralmente.
order-cancel-reason = Por quê? (opcional)
order-cancel-yes = Cancelar o pedido
order-cancelled = O pedido foi cancelado.
order-keep = Voltar
order-items = Itens
order-quantity = Quantidade: { $count }
order-items-total = Itens
order-shipping = Frete
order-total = Total cobrado
order-display-total = Cerca de { $amount } pela cotação de { $date }.
order-paid-with = Pago com { $brand } final { $last4 }
order-address = Endereço de entrega

escrow-title = Seu pagamento
escrow-none = Nada foi pago ainda.
escrow-held = A Caravan guarda seus { $amount } com segurança. O vendedor só recebe quando você confirma o recebimento.
escrow-held-until = A Caravan guarda seus { $amount } com segurança. O vendedor recebe quando você confirma o recebimento, ou em { $date } se você não fizer nada.
escrow-released-buyer = Você confirmou o recebimento, então o pagamento foi para o vendedor.
escrow-released-timeout = O prazo para confirmar o recebimento passou, então o pagamento foi para o vendedor.
escrow-released-decision = Após a decisão da Caravan, o pagamento foi para o vendedor.
escrow-refunded = { $amount } foram reembolsados a você.
escrow-payout = O vendedor recebe o dinheiro em 3 a 5 dias úteis.

tracking-title = Rastreamento
tracking-number = Código de rastreamento { $number }
tracking-placed = Pedido feito
tracking-paid = Pagamento recebido
tracking-shipped = Entregue à transportadora
tracking-in-transit = A caminho
tracking-out-for-delivery = Saiu para entrega
tracking-exception = Problema na entrega
tracking-delivered = Entregue
tracking-completed = Recebimento confirmado
tracking-cancelled = Cancelado
tracking-expired = Não pago a tempo
tracking-not-shipped-in-time = O vendedor não enviou a tempo

deadline-passed = o prazo terminou
deadline-days-left = { $count ->
    [one] falta 1 dia
   *[other] faltam { $count } dias
}
deadline-hours-left = { $count ->
    [one] falta 1 hora
   *[other] faltam { $count } horas
}
deadline-minutes-left = { $count ->
    [one] falta 1 minuto
   *[other] faltam { $count } minutos
}

order-error-not-cancellable = Este pedido não pode mais ser cancelado: ele já foi enviado.
order-error-payment-in-progress = Um pagamento deste pedido está sendo processado. Tente de novo em um minuto.
order-error-not-confirmable = O recebimento pode ser confirmado depois que o pedido for enviado.
order-error-dispute-open = Este pedido tem uma disputa aberta. O resultado dela decide, ou retire-a antes.

dispute-title = Problema com o pedido
dispute-intro = O pacote não chegou ou o item não é como o anunciado? Abra uma disputa: seu pagamento fica com a Caravan até a solução.
dispute-open = Abrir uma disputa
dispute-reason = Qual é o problema?
dispute-reason-not-received = Não recebi
dispute-reason-not-as-described = Não é como o anunciado
dispute-counterfeit = Parece falsificado
dispute-damaged = Chegou danificado
dispute-remedy = O que você gostaria?
remedy-full-refund = Reembolso total
remedy-partial-refund = Reembolso parcial
remedy-partial-refund-of = Reembolso parcial de { $amount }
remedy-resend = Reenvio do item
dispute-amount = Valor em { $currency }
dispute-amount-invalid = Informe um valor maior que zero e no máximo o que você pagou, como 12.50.
dispute-description = O que aconteceu?
dispute-description-hint = Pelo menos 10 caracteres. O vendedor e, se necessário, a Caravan vão ler.
dispute-description-short = Escreva pelo menos 10 caracteres.
dispute-submit = Abrir a disputa
evidence-label = Fotos
evidence-hint = JPEG, PNG ou WebP, até 5 MB cada, no máximo { $count }. Necessárias quando o item não é como o anunciado.
evidence-uploading = Enviando…
evidence-too-many = Você pode adicionar no máximo { $count } fotos.
evidence-too-large = Essa foto tem mais de 5 MB. Escolha uma menor.
evidence-not-picture = Esse arquivo não é uma imagem JPEG, PNG ou WebP.
evidence-required = Adicione pelo menos uma foto que mostre o problema.
evidence-picture = Foto { $number }
evidence-remove = Remover a foto { $number }
dispute-by-you = Você
dispute-by-seller = Vendedor
dispute-by-caravan = Caravan
dispute-awaiting-seller = Aguardando a resposta do vendedor até { $date } ({ $left }). Se o vendedor não responder, a disputa é encerrada a seu favor.
dispute-negotiating = O vendedor respondeu. Aceite a oferta, faça uma contraproposta ou peça à Caravan para decidir.
dispute-arbitration = A Caravan está analisando a disputa e decide até { $date } ({ $left }).
dispute-arbitration-pending = A Caravan está analisando a disputa.
dispute-outcome-seller-accepted = Resolvida: o vendedor aceitou. Reembolsado: { $amount }.
dispute-outcome-buyer-accepted = Resolvida: você aceitou a oferta do vendedor. Reembolsado: { $amount }.
dispute-outcome-timeout = Encerrada a seu favor: o vendedor não respondeu a tempo. Reembolsado: { $amount }.
dispute-outcome-for-buyer = A Caravan decidiu a seu favor. Reembolsado: { $amount }.
dispute-outcome-for-seller = A Caravan decidiu a favor do vendedor.
dispute-outcome-withdrawn = Você retirou a disputa.
dispute-requested = Você pediu
dispute-opened = Aberta em
dispute-seller-offers = O vendedor oferece:
dispute-accept = Aceitar esta oferta
dispute-counter = Fazer uma contraproposta
dispute-note = Observação (opcional)
dispute-send-offer = Enviar a oferta
dispute-escalate = Pedir à Caravan para decidir
dispute-escalate-hint = A Caravan analisa as provas dos dois lados e decide em poucos dias úteis.
dispute-withdraw = Retirar a disputa
dispute-message-title = Adicionar mensagem ou fotos
dispute-message = Sua mensagem
dispute-message-send = Enviar
dispute-history = Histórico
dispute-event-opened = abriu a disputa
dispute-event-message = escreveu
dispute-event-offer = fez uma oferta
dispute-event-accepted = aceitou a oferta
dispute-event-escalated = pediu à Caravan para decidir
dispute-event-decided = decidiu
dispute-event-timed-out = o vendedor não respondeu a tempo
dispute-event-withdrawn = retirou a disputa
dispute-error-exists = Este pedido já tem uma disputa.
dispute-error-closed = Esta disputa está encerrada.
dispute-error-wrong-step = Isso não é possível nesta etapa da disputa.
dispute-error-rules = Não é possível abrir a disputa assim: é preciso um pedido pago, e fotos quando o item não é como o anunciado.
dispute-error-escrow = A Caravan não guarda mais o pagamento deste pedido.

review-title = Sua avaliação
review-overall = Sua nota para o pedido
review-dsr-intro = E como foi o vendedor?
review-dsr-described = Item conforme o anúncio
review-dsr-communication = Comunicação
review-dsr-shipping = Rapidez do envio
review-stars = { $count ->
    [one] 1 estrela
   *[other] { $count } estrelas
}
review-choose-stars = Escolha de 1 a 5 estrelas.
review-text = Sua opinião (opcional)
review-submit = Enviar avaliação
review-thanks = Obrigado pela sua avaliação de { $date }.
review-error-not-completed = Você pode avaliar um pedido depois que ele for concluído.
review-error-exists = Você já avaliou este pedido.

notifications-title = Notificações
notifications-empty = Nada novo. As novidades dos seus pedidos aparecem aqui.
notifications-unread = { $count ->
    [one] 1 não lida
   *[other] { $count } não lidas
}
notifications-mark-read = Marcar tudo como lido
notifications-new = Nova:
notification-order-placed = Pedido { $order } feito.
notification-order-paid = Pagamento do pedido { $order } recebido.
notification-order-shipped = O pedido { $order } está a caminho.
notification-order-delivered = O pedido { $order } foi entregue. Confirme o recebimento se estiver tudo certo.
notification-order-completed = O pedido { $order } foi concluído.
notification-order-cancelled = O pedido { $order } foi cancelado.
notification-order-expired = O pedido { $order } não foi pago a tempo e foi cancelado.
notification-order-not-shipped-in-time = O vendedor não enviou o pedido { $order } a tempo.
notification-dispute-opened = Uma disputa foi aberta no pedido { $order }.
notification-dispute-message = Nova mensagem na disputa do pedido { $order }.
notification-dispute-offer = Nova oferta na disputa do pedido { $order }.
notification-dispute-escalated = A disputa do pedido { $order } foi para a decisão da Caravan.
notification-dispute-resolved = A disputa do pedido { $order } foi resolvida.
notification-other = Uma novidade sobre sua conta.
