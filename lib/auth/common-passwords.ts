// Passwords (and password stems) seen most often in leaked lists, lowercase. The English part is
// the top of SecLists' "10k-most-common" (Daniel Miessler et al., MIT licence), the Vietnamese part
// written for this ward (names, places, bodies of the ward, "matkhau", "anhyeuem"…). A new
// password is refused when it, or its letters without the digits and signs around them
// ("matkhau123", "Password2024!"), is one of these: see lib/auth/password.ts.
const words = `
password qwerty dragon baseball football letmein monkey abc123 mustang michael shadow master jennifer jordan
superman harley hunter trustno1 ranger buster thomas tigger robert soccer batman test pass killer hockey
george charlie andrew michelle love sunshine jessica pepper daniel access joshua maggie starwars silver
william dallas yankees ashley hello amanda orange biteme freedom computer thunder nicole ginger heather hammer
summer corvette taylor austin merlin matthew golfer cheese princess martin chelsea patrick richard diamond
yellow bigdog secret asdfgh sparky cowboy camaro anthony matrix falcon iloveyou bailey guitar jackson purple
scooter phoenix morgan tigers porsche mickey maverick cookie nascar peanut justin money samantha steelers
joseph snoopy boomer whatever iceman smokey gateway dakota cowboys eagles chicken black zxcvbn please andrea
ferrari knight melissa compaq coffee booboo johnny bulldog welcome james player wizard scooby charles junior
internet mike brandy tennis banana monster spider lakers miller rabbit enter mercedes brandon steven fender
john yamaha diablo chris boston tiger marine chicago rangers gandalf winter barney edward raiders badboy
spanky bigdaddy johnson chester london midnight blue fishing hannah slayer rachel redsox asdf marlboro panther
zxcvbnm arsenal oliver qazwsx mother victoria jasper angel david winner crystal golden viking jack shannon
murphy angels prince cameron madison wilson carlos willie startrek captain maddog jasmine butter angela golf
lauren rocket tiffany theman dennis liverpool flower forever green jackie muffin turtle sophie danielle
redskins toyota jason sierra winston debbie giants packers newyork jeremy casper bubba sandra lovers mountain
united cooper driver tucker helpme pookie lucky maxwell bear gators monica fred happy hotdog gemini lover
canada nathan victor florida nicholas rosebud metallic doctor trouble success stupid tomcat warrior peaches
apples fish qwertyui magic buddy dolphins rainbow gunner freddy alexis braves cocacola xavier dolphin testing
bond007 member calvin voodoo samson alex apollo fire tester walter beavis voyager peter bonnie beer apple
scorpio jonathan skippy sydney scott power gordon travis beaver star flyers steve rebecca scorpion doggie
legend yankee blazer bill runner birdie parker topgun asdfasdf heaven viper animal bigboy arthur baby private
godzilla donald williams phantom dave rock august sammy cool brian platinum jake bronco paul mark frank copper
billy garfield willow little carter albert kitten super eagle shelby america jessie house free chevy white
broncos surfer nissan saturn airborne elephant marvin action adidas qwert kevin explorer walker police
christin december benjamin wolf sweet therock king online brooklyn teresa cricket sharon dexter racing gregory
dreams michigan magnum nothing donkey trinity digital stella cartman guinness speedy buffalo kitty einstein
kelly nelson nirvana vampire louise pumpkin snowball girl mexico beatles fantasy ford gibson celtic marcus
cherry cassie natasha sniper chance genesis hotrod reddog alexander college jester passw0rd smith lasvegas
carmen slipknot death kimberly 1q2w3e eclipse 1q2w3e4r stanley samuel drummer homer montana music spencer
jimmy carolina colorado creative rocky goober friday scotty abcdef bubbles hawaii fluffy mine stephen horses
thumper darkness asdfghjk pamela buddha vanessa sandman douglas honda matt azerty shorty beach loveme simple
poohbear badass destiny sarah denise vikings lizard melanie sabrina nintendo water good howard time 123qwe
november october leather young extreme hard vincent lacrosse hotmail spooky alaska badger paradise maryjane
crazy mozart video russell spitfire anderson norman eric cherokee cougar barbara long family horse enigma
allison raider brazil blonde jones dude drowssap jeff school marshall lovely 1qaz2wsx jeffrey caroline
franklin molly snickers leslie courtney diesel rocks eminem westside suzuki daddy passion hummer ladies
zachary frankie elvis reggie alpha simpson patricia pirate tommy semperfi jupiter redrum freeuser stinky
ducati paris natalie babygirl bishop windows spirit pantera monday patches brutus houston smooth penguin
marley forest cream flash maximus bobby bradley vision pokemon champion fireman indian softball picard system
clinton cobra enjoy claire claudia boogie timothy marines security dirty admin administrator wildcats dancer
veronica abcd1234 abcdefg ironman wolverine remember great freepass bigred justice francis hobbes kermit
pearljam mercury domino denver brooke rascal hitman simon tony friend peekaboo budlight electric stargate
saints brittany bigman zombie swimming duke babes scotland disney rooster brenda mookie swordfish candy duncan
olivia hunting blink182 alicia samsung virginia general passport liberty arizona jesus abcd newport skipper
rolltide galore christ weasel wombat digger classic bulldogs accord popcorn turkey jenny amber bunny mouse
titanic dreamer everton friends chevelle carrie gabriel psycho nemesis burton pontiac connor roland mitchell
ireland lincoln arnold spiderman patriots goblue devils eugene empire asdfg cardinal brown shaggy froggy qwer
kawasaki kodiak people phpbb light kramer chopper honey whynot lisa baxter adam snake airplane britney avalon
sandy sugar sublime stewart wildcat raven scarface elizabeth trucks wolfpack lawrence raymond redhead american
alyssa bambam movie woody snowman raptor stingray shooter france stars madmax kristen sports jerry garcia
simpsons lights ryan looking chronic alison hahaha packard hendrix perfect service spring spike katie oscar
brother bigmac single cannon georgia popeye tattoo texas party bullet taurus sailor wolves panthers japan
strike flowers pussycat loverboy berlin sticky marina tarheels fisher russia connie wolfgang testtest mature
bass catch22 juice trooper hawkeye freaky dodgers pakistan machine pyramid vegeta katana moose tinker coyote
infinity inside pepsi control hercules morris tickle outlaw browns billybob pickle michele antonio pavilion
changeme caesar prelude tanner adrian darkside bowling wutang sunset robbie alabama danger zeppelin juan rusty
nick ping darkstar madonna qwe123 bigone casino cheryl integra wrangler apache tweety bobafett simone none
business sterling trevor transam dustin harvey england seattle rose harry openup pandora trucker wallace
indigo storm malibu review babydoll doggy dilbert pegasus joker catfish flipper valerie herman detroit kenneth
cheyenne bruins stacey smoke joey seven marino xfiles wonder stinger pizza babe pretty stealth manutd gracie
gundam cessna longhorn presario mnbvcxz wicked victory shelly awesome athena q1w2e3r4 help holiday knicks
street redneck casey gizmo scully devildog triumph eddie bluebird shotgun peewee ronnie daisy special
metallica madman country impala lennon roscoe omega enterprise miranda search smitty blizzard unicorn tight
rick ronald harrison trigger truck danny home winnie beauty thailand cadillac castle tyler bobcat sunny stones
asian freddie chuck loveyou norton hellfire indiana short panzer lonewolf trumpet colors blaster fireball
logan precious aaron elaine jungle atlanta gold corona curtis nikki polaris timber theone baller chipper
orlando island skyline dragons dogs benson goldie engineer kong pencil basketball open hornet world linda
barbie chan farmer valentine indians larry redman foobar travel morpheus bernie target hotstuff photos laura
savage holly dollar turbo design newton hottie moon blondes lestat avatar future goforit random cancer q1w2e3
smiley goldberg express zipper stone andy babylon powers consumer dudley serenity samurai skeeter lindsay
joejoe chocolate christian birthday stephanie 1234qwer alfred ball maria maxima sampson buckeye highland
kristin seminole reaper bassman nugget lucifer airforce nasty watson warlock philip always dodge chrissy
burger bird missy pink gang maddie holmes huskers piglet photo joanne hamilton dodger paladin christy chubby
buckeyes hamlet abcdefgh bigfoot sunday manson goldfish garden deftones icecream blondie spartan julie harold
charger brandi stormy sherry pleasure juventus rodney galaxy holland escort zxcvb planet jerome wesley blues
song peace cavalier gambit karen sidney ripper jamie sister marie martha aardvark nadine minnie whiskey bing
plastic chang savannah loser racecar insane mememe hansolo chiefs fredfred freak frog salmon concrete yvonne
zxcv shamrock atlantis warren wordpass julian mariah rommel harris predator sylvia massive cats mister stud
marathon rubber trunks desire montreal justme faster kathleen irish bertha alpine sammie diamonds tristan
stallion pitbull roberto ready april palmer audrey shirley bluesky sundance renegade hollywood bernard wolfman
soldier picture pierre goddess manager nikita sweety titans bottom bubble ibanez webster sweetpea tornado
lindsey content bruce buck aragorn griffin campbell trojan christopher newman wayne tina rockstar father
geronimo pascal crimson brooks hector penny anna google camera chandler fatcat lovelove cody waters stimpy
finger cindy wheels latin robin greenday brendan hiphop willy snapper funtime duck trombone cotton cookies
kaiser mulder westham latino jeep ravens aurora drizzt madness energy sophia stefan slick rocker freeman
french mongoose speed henry hungry catdog ghost gogogo randy tottenham curious butterfly mission january
singer sherman shark techno lancer lalala autumn chichi orion trixie clifford delta bobbob bomber holden kiss
spunky liquid mary beagle granny network bond millie biggie beetle teacher susan toronto anakin genius dream
bush karate snakes bangkok callie pacific daytona kelsey infantry skywalker foster felix sailing raistlin
vanhalen herbert jacob blackie tarzan strider sherlock dietcoke ultimate tree sprite artist devil python ninja
misty ytrewq sweetie superfly drpepper potter darren hobbit violet phillip maurice gloria nolimit mylove
biscuit yahoo shasta smoker smile pebbles philly tintin marlin cactus emerald showme pirates colleen tazman
tanker patton toshiba richie alberto gotcha graham dillon emily jazz bigguy woman tomtom marion greg chaos
fossil flight racerx creamy boss bobo musicman warcraft window blade sheila microsoft allen getsome sally
quality kennedy morrison teddy joanna andreas harder luke qazxsw boeing keeper western isabelle subaru
thuglife martina maniac tracey a1b2c3 clayton snow spyder memphis regina logitech dark million sesame poison
terry kyle hamster ferret florence maiden velvet buttons bingo sharks small miami change lucas kansas muscle
monroe whitney bluemoon yomama tarheel lady leonard basket bianca stardust jumper margaret archie charlotte
forget qwertz bones history milton waterloo stuff office oldman preston trains murray vertigo swallow smiles
standard parrot luther user nicolas surfing pioneer pete masters asdasd auburn hannibal frontier panama lucy
buffy brianna vette baggins groovy global turner blades life byteme lobster collins hilton japanese polo
markus coco deedee mikey strip jersey capital sasha sadie putter vader qwertyuiop asdfghjkl zaq12wsx iloveu
loveu login default guest root toor changeit welcome123 letmein123 qwerty123 password123 admin123 matkhau
matkhaumoi matkhaucuatoi matma mk anhyeuem emyeuanh yeuem yeuanh toiyeuem yeuemnhieu anhyeuemnhieu
emyeuanhnhieu tinhyeu nguoiyeu hanhphuc giadinh quehuong tuoitre sinhnhat thanhcong chienthang vietnam
vietnamvodich vodich hanoi saigon hochiminh bacho dangcongsan dangvien dangbo danguy chibo phuong xa quan
huyen tinh ubnd hdnd mttq uybannhandan hoidongnhandan mattran congdoan doanthanhnien hoiphunu hoinongdan
hoicuuchienbinh nghiquyet bithu chutich phochutich vanphong quantri quantrivien canbo congchuc vienchuc
nhanvien ketoan thuky taikhoan dangnhap nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly
anh minh hung dung tuan thanh huong lan hoa mai linh trang thao ngoc nam hai son quang hieu trung kien duc
binh an thu ha hang yen nhung vy conmeo concho heocon gaukon meomeo cuncon bongbong hoahong hoamai hoadao
mattroi mattrang ngoisao bautroi abc123456 a123456 aa123456 123456a 12345678a 123456789a asd123 zxc123 111111a
`;

export const commonPasswords: ReadonlySet<string> = new Set(words.split(/\s+/).filter(Boolean));
