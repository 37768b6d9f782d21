# Noms des catégories, par identifiant (`category-<slug>`). Le serveur les utilise dans ses réponses.

## Électronique
category-electronics = Électronique
category-headphones = Casques et écouteurs
category-smart-home = Maison connectée
category-cameras = Photo et caméras

## Téléphones et accessoires
category-phones-accessories = Téléphones et accessoires
category-phone-cases = Coques de téléphone
category-chargers-cables = Chargeurs et câbles
category-phone-holders = Supports de téléphone

## Informatique et bureautique
category-computers = Informatique et bureautique
category-keyboards-mice = Claviers et souris
category-laptop-accessories = Accessoires pour ordinateur portable
category-storage = Stockage

## Maison et jardin
category-home-garden = Maison et jardin
category-home-decor = Décoration intérieure
category-garden = Jardin
category-storage-organisation = Rangement

## Cuisine et arts de la table
category-kitchen = Cuisine et arts de la table
category-cookware = Cuisson
category-drinkware = Mugs, gourdes et théières
category-kitchen-tools = Ustensiles de cuisine

## Mode femme
category-womens-fashion = Mode femme
category-dresses = Robes
category-womens-tops = Hauts
category-bags = Sacs

## Mode homme
category-mens-fashion = Mode homme
category-mens-shirts = Chemises
category-mens-outerwear = Manteaux et vestes
category-mens-accessories = Accessoires

## Chaussures
category-shoes = Chaussures
category-sneakers = Baskets
category-sandals = Sandales
category-boots = Bottes et bottines

## Bijoux et montres
category-jewelry-watches = Bijoux et montres
category-necklaces = Colliers
category-watches = Montres
category-earrings = Boucles d’oreilles

## Beauté et santé
category-beauty-health = Beauté et santé
category-makeup-tools = Accessoires de maquillage
category-hair-care = Soins des cheveux
category-nail-art = Manucure et ongles

## Jouets et loisirs
category-toys-hobbies = Jouets et loisirs
category-building-toys = Jeux de construction
category-puzzles = Puzzles et casse-tête
category-crafts = Loisirs créatifs

## Sports et plein air
category-sports-outdoors = Sports et plein air
category-camping = Camping et bivouac
category-fitness = Fitness et musculation
category-cycling = Cyclisme

## Auto
category-automotive = Auto
category-car-interior = Intérieur de voiture
category-car-electronics = Électronique embarquée
category-car-care = Entretien auto

## Animalerie
category-pet-supplies = Animalerie
category-dog-supplies = Chiens
category-cat-supplies = Chats
category-aquarium = Aquariophilie

## Fournitures scolaires et de bureau
category-office-school = Fournitures scolaires et de bureau
category-stationery = Papeterie
category-desk-organisers = Rangement de bureau
category-art-supplies = Beaux-arts

## Bricolage et outillage
category-tools-hardware = Bricolage et outillage
category-hand-tools = Outillage à main
category-power-tool-accessories = Accessoires d’outillage électrique
category-lighting = Éclairage de travail
