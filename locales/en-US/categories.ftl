# Category names, by category slug: `category-<slug>`. The server names categories in its answers
# with these (`?lang=<tag>`); the app never downloads this file. Every category in the database needs a
# message here (checked by the server's tests), and every locale has the same keys.

## Electronics
category-electronics = Electronics
category-headphones = Headphones
category-smart-home = Smart Home
category-cameras = Cameras & Photo

## Phones & Accessories
category-phones-accessories = Phones & Accessories
category-phone-cases = Phone Cases
category-chargers-cables = Chargers & Cables
category-phone-holders = Phone Holders

## Computers & Office Tech
category-computers = Computers & Office Tech
category-keyboards-mice = Keyboards & Mice
category-laptop-accessories = Laptop Accessories
category-storage = Storage

## Home & Garden
category-home-garden = Home & Garden
category-home-decor = Home Decor
category-garden = Garden
category-storage-organisation = Storage & Organisation

## Kitchen & Dining
category-kitchen = Kitchen & Dining
category-cookware = Cookware
category-drinkware = Drinkware
category-kitchen-tools = Kitchen Tools

## Women's Fashion
category-womens-fashion = Women's Fashion
category-dresses = Dresses
category-womens-tops = Tops
category-bags = Bags

## Men's Fashion
category-mens-fashion = Men's Fashion
category-mens-shirts = Shirts
category-mens-outerwear = Outerwear
category-mens-accessories = Accessories

## Shoes
category-shoes = Shoes
category-sneakers = Sneakers
category-sandals = Sandals
category-boots = Boots

## Jewelry & Watches
category-jewelry-watches = Jewelry & Watches
category-necklaces = Necklaces
category-watches = Watches
category-earrings = Earrings

## Beauty & Health
category-beauty-health = Beauty & Health
category-makeup-tools = Makeup Tools
category-hair-care = Hair Care
category-nail-art = Nail Art

## Toys & Hobbies
category-toys-hobbies = Toys & Hobbies
category-building-toys = Building Toys
category-puzzles = Puzzles
category-crafts = Arts & Crafts

## Sports & Outdoors
category-sports-outdoors = Sports & Outdoors
category-camping = Camping
category-fitness = Fitness
category-cycling = Cycling

## Automotive
category-automotive = Automotive
category-car-interior = Car Interior
category-car-electronics = Car Electronics
category-car-care = Car Care

## Pet Supplies
category-pet-supplies = Pet Supplies
category-dog-supplies = Dog Supplies
category-cat-supplies = Cat Supplies
category-aquarium = Aquarium

## Office & School
category-office-school = Office & School
category-stationery = Stationery
category-desk-organisers = Desk Organisers
category-art-supplies = Art Supplies

## Tools & Hardware
category-tools-hardware = Tools & Hardware
category-hand-tools = Hand Tools
category-power-tool-accessories = Power Tool Accessories
category-lighting = Work Lighting
