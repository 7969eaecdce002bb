from common import m

O = "other"
MAILS = [
m(O, "en", "career_change", "From policy to UX research?", """
Hi there,

I hope this is the right address, I found it on the members page. Some background first: I'm 34, originally from Portugal, and I've lived in Norway for six years. I have a master's in sociology from Lisbon and I have been working as an adviser in a municipality outside Oslo for four years, mostly writing reports on public health and doing surveys. My Norwegian is okay for work now, B2 or so, though I still write reports in English first and translate.

Over the last year I did a couple of online courses in UX research and I really love it. A friend who works in a tech company in Oslo says they are always looking for people who can do qualitative interviews and analysis, which I have done a lot of in my job. But when I look at the job ads they all want "3+ years of UX experience" and a portfolio, which I don't have.

My question is more about the bigger picture. Is it realistic to switch from public sector to tech at my age with my background? Should I do a full degree, or try to get some projects on the side first? And is the tech sector in Norway very different in culture, do they speak English at work usually? I don't want to throw away a stable job for nothing, my partner and I are thinking about buying an apartment next year.

To be honest, part of me also wonders whether I'm just bored and would feel the same in any job after four years. I've been reading about "the grass is greener" and I don't fully trust my own motives. On the other hand, when I do the UX course work in the evenings, I lose track of time in a way I never do at my job. I've talked to two people who made a similar switch, one was very happy, the other went back to the public sector after a year because of the pace and the uncertainty.

Thank you for any thoughts, and sorry for the long mail.

Best,
Inês
"""),
m(O, "en", "career_change", "", """
is it too late to change career at 45? asking for myself
"""),
m(O, "en", "career_change", "Leaving academia", """
Hello,

I'm a postdoc in political science on a contract that ends in August. I have decided not to continue in academia. I'm German and have been in Norway for five years. I would like to work in a ministry or a directorate, but I don't know if they will hire someone who writes Norwegian at a "good but not perfect" level. Is Norwegian a hard requirement in the civil service, or are there positions where English is accepted? Also, are there any networks or mentoring programmes for people leaving academia that you could recommend? I've found a few on LinkedIn, but it's hard to tell which are serious. My biggest worry is that I have no idea how the Norwegian civil service works from the inside, and my colleagues at the department have all stayed in academia, so they can't tell me much either. I'm also a bit unsure whether my employer will let me reduce my hours in the last months to take a course. And one practical thing: should the CV I send to a ministry be in Norwegian even when I'm not fluent, and how do I shorten a twelve-page academic CV?

Kind regards
Matthias
""", sec="cv"),
m(O, "en", "conflict", "Problems with my team leader", """
Hi,

I am writing because I don't know who else to ask. I work as an analyst in a private company in Stavanger, I am from India and have been here three years. My team leader often makes comments about my accent in meetings, like repeating what I say in a funny voice, and others laugh. When I told him privately that I did not like it, he said I was "too sensitive" and that it's Norwegian humour.

Last month I was left out of a project that was given to a newer colleague even though it was in my area. I don't know if it is connected. I feel very isolated at work now and I have started to dread Mondays.

I am not sure if this is discrimination or if I am overreacting because of cultural differences. We don't have a union representative at our office as far as I know, only in Oslo. What can I do? Can you help me talk to HR, or is there a lawyer I can speak with? I don't want to lose my job, my work permit is connected to it.

Thanks,
Rahul
"""),
m(O, "en", "conflict", "colleague issue", """
hey, a colleague keeps booking meetings over my lunch and my kids' pickup time even after I asked her to stop. our manager says "work it out between you". is there any rule about this or do I just have to live with it? feeling a bit petty for asking tbh
"""),
m(O, "en", "conflict", "Being excluded", """
Hello, since I raised concerns about workload in a staff meeting, my manager has stopped inviting me to the weekly planning meeting. It's been six weeks. Nobody has said anything directly. How should I raise this? I'd rather solve it calmly.
Regards, Claire
"""),
m(O, "en", "leave", "parental leave and my contract", """
Hi! My temporary contract ends in May and I'm due in June. Will I still get parental benefit if the contract is not renewed? And can the employer decide not to renew it because I'm pregnant? I'm feeling quite nervous about this. Thank you, Ana
"""),
m(O, "en", "leave", "Sick leave abroad", """
Hello, I am on sick leave (50%) and would like to visit my family in Spain for three weeks. My doctor thinks it would be good for me. Do I need permission from someone to travel while on sick leave, and will I lose my sick pay? Best regards, Lucía
"""),
m(O, "en", "leave", "Long story, sorry - leave of absence", """
Dear career team,

I'm a Norwegian living in Bergen but my husband is British, and his father in Manchester has become very ill. We are thinking about moving to England for a year to help take care of him. I work as a senior adviser at a university (administration, not academic) and have been there for nine years. I love my job and I don't want to quit. I've looked at the staff handbook and it says "leave of absence may be granted" but nothing about whether I have a right to it.

Would a year of unpaid leave be realistic? What happens with my pension and my membership in the union while I'm away? Would it be better to ask to work remotely from England for part of the time? My manager is quite positive but says HR decides. I'd like to go into that conversation knowing what I can ask for.

Thanks so much,
Kristin
"""),
m(O, "en", "layoff", "Restructuring – 'omstilling'", """
Hello,

My employer, a research institute, has announced an "omstillingsprosess" and we got a long document in Norwegian I only partly understand. As I read it, some positions in my department will be removed, and people will be "matched" to new roles. I am from the Netherlands and have worked here for three years on permanent contract.

What are my rights in such a process? Is it true that they have to offer me another suitable position before they can dismiss me? What does "drøftingsmøte" mean and should I bring someone? The timeline in the document says that the new organisation should be in place by September, and that the individual conversations will start in April. Some colleagues have already started applying for other jobs, and I'm not sure if I should do the same, or whether that would weaken my position in the process.

I would also like to know if you can check the document if I send it, because I am afraid I miss something important because of the language.

Thanks in advance,
Pieter
"""),
m(O, "en", "layoff", "", """
my company is doing layoffs next month. should i start looking now or wait and see? i dont want to jinx it
"""),
m(O, "en", "layoff", "Redundancy package – sign or not?", """
Hi, I've been offered a redundancy package (6 months' salary + outplacement) after a reorganisation in our consultancy. They want the signature within 10 days. It says I waive all claims against the company. Is that normal? Could you have a quick look at the agreement before I sign? I can send it as PDF.
Thanks, Sophie
"""),
m(O, "en", "study", "PhD in Norway as a working adult", """
Hi, I've been working for seven years as an adviser in a county municipality and I'm thinking about an industrial PhD (nærings-ph.d. / offentlig sektor-ph.d.) together with my employer. Has anyone in the association done that? How does it work with salary during the PhD, do I keep my current salary or go down to a PhD fellow salary? And is it a good idea career-wise if I want to stay in public administration and not become a researcher?
Best, Oliver
"""),
m(O, "en", "study", "Which master for HR?", """
Hello, I have a bachelor's in psychology from Poland and work as an assistant in a recruitment agency in Oslo. I want to move into HR properly. Would a master's in organisation and leadership in Norway be worth it, or is work experience more important? Part-time options? Thanks, Karolina
"""),
m(O, "en", "thanks", "Thank you!", """
Just wanted to say thank you for the chat last week. I've decided to stay in my job for now and do the course in the autumn. It helped a lot to talk it through.
Mei
"""),
m(O, "en", "thanks", "Re: negotiation advice", """
Thanks, that was really helpful - I got the offer up by 30k and they added an extra week of home office. Starting in March!

On Tue, 3 Feb 2026 at 09:41, Karriere <karriere@example.no> wrote:
> Hi Daniel,
>
> Thank you for your message. In the private sector salary is set individually, so it is
> normal to negotiate after you receive an offer and before you sign. Use our salary
> statistics for your education and years of experience as your main argument.
>
> Best regards,
> Career counselling
"""),
m(O, "en", "membership", "Insurance question", """
Hi, does the travel insurance I have through my membership cover my partner too? We're not married but live together. Going to Thailand in April. Thanks
"""),
m(O, "en", "membership", "Membership when moving abroad", """
Hello, I'm moving to Denmark for a job in August. Can I keep my membership while working abroad, and what would it cost? I'd like to keep the insurance and maybe come back in a couple of years.
Best regards, Henrik
"""),
m(O, "en", "membership", "booking a session", """
hi how do i book one of those career conversations? i looked on the website but the link to the booking page seems broken. i'm free most afternoons
"""),
m(O, "en", "lawyer", "Dismissal – is this legal?", """
Hello,

I was dismissed last Friday from my job as project coordinator in an NGO. I've worked there for two years and four months. The reason given in the letter is "restructuring of the project portfolio", but two weeks later they posted an ad for a "project manager" with almost the same tasks as mine. I had also been on sick leave for three months last autumn and I feel this is the real reason, though of course nobody says it.

I asked for a meeting (I think it's called "drøftelsesmøte") and they have set it for next Thursday. I'd like someone from the association to come with me if possible, or at least to give me advice about what to say. I understand there is a deadline for asking for negotiations and for going to court. I've attached the dismissal letter and the job ad.

Do I have a case? And what happens to my salary during the notice period if I take legal action?

Many thanks,
Yasmin
"""),
m(O, "en", "lawyer", "Employer changed my contract", """
Hi - my employer wants me to sign a new contract with a non-compete clause for 12 months. My old contract doesn't have one. If I say no, can they fire me? Is a 12-month non-compete even allowed in Norway? I'd appreciate if your lawyer could take a look. - Tom
"""),
m(O, "en", "lawyer", "Salary not paid", """
Hello, my salary for January has still not been paid and it is the 9th of February. The company says they have "cash flow problems" and will pay "soon". This is the second time. What are my rights and what should I do now? I have rent to pay. Regards, Marek
"""),
m(O, "en", "story_mentions_application", "not really about my CV", """
Hi,

You helped me with my CV last spring, thank you again. I got a job as a communications adviser at a hospital trust after that round of applications, so it worked. This is not about the CV though.

I have now been there for nine months and I feel like I'm not good at anything. Everyone else in the team seems to know what they are doing and I keep asking questions. I cried in the toilet twice last week. My manager says I'm doing fine in our one-to-ones but I don't believe her. I wonder if I made a mistake leaving my old job, which was boring but I knew how to do it.

Is it normal to feel like this in a new job? How long does it take? Should I tell my manager how I really feel or will that make it worse? I don't really know what kind of advice I'm asking for. Maybe just whether you have a counsellor I can talk to.

Thanks,
Hanna
"""),
m(O, "en", "story_mentions_application", "After the interview everything changed", """
Hello,

This might be a strange mail. Last year I had an interview for a senior role at a directorate and during the interview one of the panel members asked me "where do you see yourself in five years" and I completely blanked. Not because I didn't prepare, but because I realised I didn't want to be anywhere near where I was heading. I didn't get the job, which was fine.

Since then I've been thinking a lot. I've been in public administration for twelve years, I'm good at it, but I've always wanted to work with my hands or with people more directly. I've been volunteering at a community garden on weekends and I'm happiest there. My partner supports me but we have a mortgage and two kids.

I'm not asking about interviews, I think I'd be fine now. I'm asking whether it's crazy to think about leaving a stable career at 42 to retrain as, for example, a landscape gardener or an occupational therapist. Have you seen people do this successfully? Are there ways to test it out first, like part-time, before I commit?

Best,
Astrid
"""),
m(O, "en", "story_mentions_application", "Re: Salary negotiation", """
Hi again. I negotiated my salary with your help last year (see below) and ended up well paid for my level, so thanks. But a year in, I feel the work is meaningless, lots of reports nobody reads, and my manager measures everything in billable hours. I keep thinking about going to an NGO that works with housing for refugees, where a friend of mine is, even if I'd earn much less. My partner says it's my call. How do people decide between money and meaning? Is it stupid to take a pay cut at 30, and would it be hard to come back to consulting later if the NGO world isn't for me?

Jakub

On Thu, 6 Mar 2025 at 11:02, Karriere <karriere@example.no> wrote:
> Hi Jakub,
>
> Negotiate after you have received the offer and before you sign. Use our salary statistics
> for your education, experience and sector as the main argument, and argue with the market
> level rather than personal needs.
>
> Best regards,
> Career counselling
"""),
m(O, "en", "story_mentions_application", "CV question... kind of", """
Hello, my CV says I worked five years in consulting, but the truth is I was miserable for four of them. Now I'm in a job I like but my old boss keeps calling me with offers to come back with a big raise. I don't want to go back but I feel guilty and flattered. How do I say no for good without burning the bridge? I might need a reference from him one day.
Lena
"""),
m(O, "en", "despair_general", "no idea anymore", """
hi

i moved here from brazil two years ago with my norwegian wife. i have a master's in international relations and worked 6 years for an NGO at home. here i have applied to maybe 150 jobs, english and norwegian, i finished norwegian courses up to B1, i had 3 interviews and no offer. right now i work in a warehouse at night.

i don't know what i'm doing wrong and i'm starting to think there is no place for me in this country. my wife says to be patient but it's been two years. i'm not sleeping well and i feel useless most days. i'm not asking you to fix my CV again, the people at the job centre already did that. i just don't know what to do with my life anymore, should i go back to school here, should we move back, should i give up on working in my field?

any advice at all. thank you for reading this

Felipe
"""),
m(O, "en", "despair_general", "", """
what do people even do with a sociology degree. honestly asking. i'm 27 and lost
"""),
m(O, "en", "statement", "FYI", """
FYI I've changed my last name after getting married, it's now Bergström (was Lund). Same membership number. Please update.
"""),
m(O, "en", "complaint", "disappointed", """
Hi, I booked a career conversation three weeks ago and nobody showed up on Teams. I waited 20 minutes. Nobody has contacted me since. Not great.
"""),
m(O, "en", "statement", "Out of the country", """
Hello, just letting you know I'll be travelling until 20 March and won't be able to answer your follow-up questionnaire before then. Happy to do it when I'm back.
Best, Ravi
"""),
m(O, "en", "lawyer", "holiday pay question", """
Hi, I quit my job in December. Now in the final pay slip I can see they paid holiday pay (feriepenger) but calculated on last year's salary only up to October. Is that right? The amount seems low. Who checks this? Thanks, Nora
"""),
m(O, "en", "career_change", "From teaching to public administration (long)", """
Hello,

I am a Norwegian who has been teaching social studies at upper secondary school for eleven years, and I've decided that I want to move into public administration, ideally something related to education policy at a county or a directorate. I have a lektor degree with a master's in history, and I've done some extra courses in administrative law and project management over the years.

I know many teachers want out at the moment, so I'm a bit worried that I'm one of hundreds in the same boat. I've had a couple of informal chats with people I know at the county, and they were friendly but vague. One said I'd have to "start at the bottom" as a førstekonsulent, which I'm fine with in principle, but I'm 43 and I'd rather not take a big step down if I can avoid it.

What I'd like to understand is how employers in the public sector view teaching experience. Is it seen as relevant for adviser roles in education administration, or as something quite different? Are there typical paths, like first working in a municipality's education office, then county, then directorate? And would a part-time master's in public administration make a real difference, or would it just be another two years of evenings?

I'm not ready to apply for anything yet, I want to make a plan first.

Thank you,
Sigurd
"""),
]
