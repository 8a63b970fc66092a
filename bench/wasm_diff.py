#!/usr/bin/env python3
"""Function sizes of two wasm builds, compared by name (issue 18 part 2).

Usage: python3 bench/wasm_diff.py OLD.wasm NEW.wasm

Give it the files *before* wasm-opt, which still carry the name section:
target/wasm-release/wasm32-unknown-unknown/release/cp_estimator.wasm of
each build. Prints the total code bytes of each and the functions that
shrank and grew most (bytes of code, not of the brotli download).
"""
import sys
def leb(b,i):
    r=s=0
    while True:
        x=b[i];i+=1;r|=(x&0x7f)<<s;s+=7
        if x<0x80:return r,i
def parse(p):
    b=open(p,'rb').read();i=8;imports=0;sizes=[];names={}
    while i<len(b):
        sid=b[i];i+=1;n,i=leb(b,i);end=i+n
        if sid==2:
            c,j=leb(b,i)
            for _ in range(c):
                l,j=leb(b,j);j+=l;l,j=leb(b,j);j+=l;k=b[j];j+=1
                if k==0: imports+=1;_,j=leb(b,j)
                elif k==1: j+=1;f=b[j];j+=1;_,j=leb(b,j); 
                elif k==2: f=b[j];j+=1;_,j=leb(b,j); (lambda:None)()
                elif k==3: j+=2
        if sid==10:
            c,j=leb(b,i)
            for _ in range(c):
                l,j=leb(b,j);sizes.append(l);j+=l
        if sid==0:
            l,j=leb(b,i);nm=b[j:j+l];j+=l
            if nm==b'name':
                while j<end:
                    t=b[j];j+=1;l,j=leb(b,j);e=j+l
                    if t==1:
                        c,k=leb(b,j)
                        for _ in range(c):
                            idx,k=leb(b,k);l2,k=leb(b,k);names[idx]=b[k:k+l2].decode('utf8','replace');k+=l2
                    j=e
        i=end
    out={}
    for n,s in enumerate(sizes):
        nm=names.get(n+imports,'?%d'%n)
        out[nm]=out.get(nm,0)+s
    return out
a=parse(sys.argv[1]);b=parse(sys.argv[2])
print('total',sum(a.values()),sum(b.values()))
d=[(b.get(k,0)-a.get(k,0),k) for k in set(a)|set(b)]
d.sort()
for x,k in d[:15]+d[-40:]:
    if x: print(x, k[:150])
