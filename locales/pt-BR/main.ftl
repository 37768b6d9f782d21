# Textos compartilhados: marca, navegação, estados usados em todas as páginas.

brand-name = Caravan
brand-tagline = Compre do mundo todo, com entrega na sua casa
skip-to-content = Pular para o conteúdo
loading = Carregando…
action-retry = Tentar de novo
error-load-failed = Não conseguimos carregar isto. Verifique sua conexão e tente de novo.
error-not-found = Não encontramos o que você procurava. Talvez tenha sido removido.
not-found-title = Página não encontrada
not-found-body = A página que você procura não existe ou mudou de endereço.
not-found-home = Voltar para a loja
language-label = Idioma
currency-label = Moeda
locale-load-failed = Não conseguimos carregar { $language }. A página continua no idioma atual.
fx-unavailable = As taxas de câmbio não estão disponíveis no momento, por isso os preços aparecem em dólares americanos.
notice-dismiss = Fechar

# Header: account and cart links (buyer journeys).
header-shopper-label = Sua conta e carrinho
header-sign-in = Entrar
header-cart =
    { $count ->
        [0] Carrinho vazio
        [one] Carrinho, { $count } item
       *[other] Carrinho, { $count } itens
    }
