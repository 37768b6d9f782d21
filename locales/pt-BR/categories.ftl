# Nomes das categorias, por identificador (`category-<slug>`). O servidor os usa nas respostas.

## Eletrônicos
category-electronics = Eletrônicos
category-headphones = Fones de ouvido
category-smart-home = Casa inteligente
category-cameras = Câmeras e fotografia

## Celulares e acessórios
category-phones-accessories = Celulares e acessórios
category-phone-cases = Capinhas para celular
category-chargers-cables = Carregadores e cabos
category-phone-holders = Suportes para celular

## Informática
category-computers = Informática
category-keyboards-mice = Teclados e mouses
category-laptop-accessories = Acessórios para notebook
category-storage = Armazenamento de dados

## Casa e jardim
category-home-garden = Casa e jardim
category-home-decor = Decoração
category-garden = Jardim
category-storage-organisation = Organização da casa

## Cozinha e mesa
category-kitchen = Cozinha e mesa
category-cookware = Panelas e frigideiras
category-drinkware = Copos, canecas e garrafas
category-kitchen-tools = Utensílios de cozinha

## Moda feminina
category-womens-fashion = Moda feminina
category-dresses = Vestidos
category-womens-tops = Blusas
category-bags = Bolsas

## Moda masculina
category-mens-fashion = Moda masculina
category-mens-shirts = Camisas
category-mens-outerwear = Casacos e jaquetas
category-mens-accessories = Acessórios

## Calçados
category-shoes = Calçados
category-sneakers = Tênis
category-sandals = Sandálias
category-boots = Botas

## Joias e relógios
category-jewelry-watches = Joias e relógios
category-necklaces = Colares
category-watches = Relógios
category-earrings = Brincos

## Beleza e saúde
category-beauty-health = Beleza e saúde
category-makeup-tools = Pincéis e acessórios de maquiagem
category-hair-care = Cuidados com o cabelo
category-nail-art = Decoração de unhas

## Brinquedos e hobbies
category-toys-hobbies = Brinquedos e hobbies
category-building-toys = Blocos de montar
category-puzzles = Quebra-cabeças
category-crafts = Artesanato

## Esportes e aventura
category-sports-outdoors = Esportes e aventura
category-camping = Acampamento
category-fitness = Fitness e musculação
category-cycling = Ciclismo

## Automotivo
category-automotive = Automotivo
category-car-interior = Acessórios internos para carro
category-car-electronics = Som e eletrônicos automotivos
category-car-care = Limpeza automotiva

## Animais de estimação
category-pet-supplies = Animais de estimação
category-dog-supplies = Cachorros
category-cat-supplies = Gatos
category-aquarium = Aquarismo

## Escritório e papelaria
category-office-school = Escritório e papelaria
category-stationery = Papelaria
category-desk-organisers = Organizadores de mesa
category-art-supplies = Materiais de arte

## Ferramentas e construção
category-tools-hardware = Ferramentas e construção
category-hand-tools = Ferramentas manuais
category-power-tool-accessories = Acessórios para ferramentas elétricas
category-lighting = Iluminação para trabalho
